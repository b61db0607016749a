//go:build rust

package main

// The guide's "Go to Rust" route: the same Go program, with the fingerprint computed by rust-core's
// oxb_fingerprint, linked statically through cgo (rust-core/build.sh builds librust_core.a first).
// Each call converts the Go strings to rust-core's wire format at the boundary, as a Go caller
// holding []string must (the guide's wrapper passes bytes and a length).

// #cgo LDFLAGS: ${SRCDIR}/../../../../rust-core/target/release/librust_core.a -ldl -lpthread -lm
// #include <stddef.h>
// #include <stdint.h>
// int32_t oxb_fingerprint(const uint8_t* nodes, size_t len, uint64_t* out);
import "C"

import (
	"fmt"
	"unsafe"

	"oxbench/go/fingerprint"
)

func init() {
	fingerprintFunctions["rust_fingerprint"] = func(nodes []string) (uint64, error) {
		encoded := fingerprint.EncodeNodes(nodes)
		var out C.uint64_t
		var pointer *C.uint8_t
		if len(encoded) > 0 {
			pointer = (*C.uint8_t)(unsafe.Pointer(&encoded[0]))
		}
		if status := C.oxb_fingerprint(pointer, C.size_t(len(encoded)), &out); status != 0 {
			return 0, fmt.Errorf("oxb_fingerprint returned %d", int32(status))
		}
		return uint64(out), nil
	}
}
