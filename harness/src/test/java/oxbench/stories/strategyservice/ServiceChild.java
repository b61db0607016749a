package oxbench.stories.strategyservice;

/**
 * A JVM that starts the service, prints its PID, and then ends as its argument says: {@code exit}
 * (System.exit without closing the service) or {@code wait} (until killed). The tests' stand-in for
 * a benchmark fork that does not get to close its workload.
 */
public final class ServiceChild {
    private ServiceChild() {}

    public static void main(String[] args) throws Exception {
        RustService service = RustService.start();
        System.out.println(service.process().pid());
        System.out.flush();
        if (args[0].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(60_000);
    }
}
