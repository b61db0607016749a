"""Writes this example's inputs/: three application logs of the kind prototype.py summarises.

Deterministic (a fixed seed), so running it again writes the same bytes: python3 make_inputs.py
"""

import random
from datetime import datetime, timedelta
from pathlib import Path

MESSAGES = {
    "web.access": ["GET /api/orders/{n} 200 {ms}ms", "POST /api/cart 201 {ms}ms", "GET /health 200 1ms",
                   "GET /api/search?q=shoes 200 {ms}ms", "PUT /api/users/{n} 409 {ms}ms"],
    "web.auth": ["login ok for user {n}", "login failed for user {n}: bad password", "token refreshed for user {n}",
                 "session {n} expired"],
    "payments.worker": ["charged order {n}", "retry {r}/5 for order {n}: timeout after 3000 ms",
                        "order {n} declined by issuer", "refund issued for order {n}"],
    "payments.gateway": ["POST https://psp.example/charge 200 {ms}ms", "POST https://psp.example/charge 503 {ms}ms",
                         "circuit half-open after {r} failures"],
    "db.pool": ["pool size 20, in use {r}", "waited {ms}ms for a connection", "connection {n} reset by peer"],
    "cache.redis": ["hit rate 0.9{r}", "evicted {n} keys", "reconnecting after timeout"],
    "scheduler": ["job nightly-export started", "job nightly-export took {ms}ms", "job cleanup skipped: lock held"],
    "mail.sender": ["sent receipt for order {n}", "bounce from customer {n}", "queue length {r}"],
}
LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
TRACEBACK = """Traceback (most recent call last):
  File "/srv/app/payments/worker.py", line {r}, in charge
    response = gateway.charge(order)
  File "/srv/app/payments/gateway.py", line 88, in charge
    raise GatewayTimeout(f"no answer after {{timeout}} ms")
payments.gateway.GatewayTimeout: no answer after 3000 ms"""


def log(seed, lines, weights, loggers, newline="\n"):
    rng = random.Random(seed)
    clock = datetime(2026, 11, 3, 9, 0, 0)
    out = []
    for _ in range(lines):
        clock += timedelta(milliseconds=rng.randint(1, 900))
        logger = rng.choice(loggers)
        level = rng.choices(LEVELS, weights)[0]
        message = rng.choice(MESSAGES[logger]).format(n=rng.randint(1000, 99999), ms=rng.randint(2, 2500), r=rng.randint(1, 9))
        out.append(f"{clock:%Y-%m-%d %H:%M:%S},{clock.microsecond // 1000:03d} {level} [{logger}] {message}")
        if level == "ERROR" and logger.startswith("payments") and rng.random() < 0.5:
            out.append(TRACEBACK.format(r=rng.randint(40, 60)))
        if rng.random() < 0.01:
            out.append("")
    return newline.join(out) + newline


def main():
    inputs = Path(__file__).parent / "inputs"
    inputs.mkdir(exist_ok=True)
    every = sorted(MESSAGES)
    (inputs / "checkout-small.log").write_text(log(1, 60, [10, 60, 20, 8, 2], every))
    (inputs / "web-frontend.log").write_text(log(2, 700, [5, 85, 8, 2, 0], ["web.access", "web.auth", "cache.redis"]))
    (inputs / "payments-worker.log").write_text(log(3, 1600, [30, 40, 20, 9, 1], every), newline="")
    with open(inputs / "payments-worker-crlf.log", "w", newline="") as file:
        file.write(log(4, 300, [30, 40, 20, 9, 1], ["payments.worker", "payments.gateway", "db.pool"], "\r\n"))


if __name__ == "__main__":
    main()
