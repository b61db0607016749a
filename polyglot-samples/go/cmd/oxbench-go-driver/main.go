// Command oxbench-go-driver is oxbench's external driver for the Go rows of the fingerprint story
// (issue 7): go@go runs the Go port (package fingerprint) and, when built with the `rust` tag,
// go+rust@cgo runs the same Go program calling rust-core's oxb_fingerprint through cgo.
//
//	oxbench-go-driver fingerprint FUNCTION --input IN.json --result OUT.json
//	                  [--warmup-ms N] [--iterations N] [--iteration-ms N]
//
// The protocol is polyglot-samples/python/driver.py's: the output once, then --warmup-ms of
// unrecorded operations, then --iterations iterations of at least --iteration-ms, each a whole
// number of operations (one operation: every file of the input), reported as {ops, nanos}.
// Errors go to stderr with exit status 1 (2 for bad arguments).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"

	"oxbench/go/fingerprint"
)

// fingerprintFunctions maps FUNCTION to what computes one file's fingerprint from its node list.
// rust.go adds "rust_fingerprint" when built with the rust tag.
var fingerprintFunctions = map[string]func(nodes []string) (uint64, error){
	"calculate_fingerprint": func(nodes []string) (uint64, error) {
		return fingerprint.CalculateFingerprint(nodes), nil
	},
}

type input struct {
	Files []struct {
		Name  string   `json:"name"`
		Nodes []string `json:"nodes"`
	} `json:"files"`
}

type sample struct {
	Ops   int64 `json:"ops"`
	Nanos int64 `json:"nanos"`
}

type result struct {
	Runtime string   `json:"runtime"`
	Output  []string `json:"output"`
	Samples []sample `json:"samples"`
}

type usageError struct{ error }

func run(args []string) error {
	if len(args) == 1 && args[0] == "--version" {
		fmt.Println(runtime.Version())
		return nil
	}
	if len(args) < 2 || args[0] != "fingerprint" {
		return usageError{errors.New("usage: oxbench-go-driver fingerprint FUNCTION --input IN --result OUT [--warmup-ms N] [--iterations N] [--iteration-ms N]")}
	}
	compute, known := fingerprintFunctions[args[1]]
	if !known {
		return usageError{fmt.Errorf("the fingerprint story has no function %s in this build", args[1])}
	}
	flags := flag.NewFlagSet("oxbench-go-driver", flag.ContinueOnError)
	inputPath := flags.String("input", "", "the story's input (JSON)")
	resultPath := flags.String("result", "", "where the result goes (JSON)")
	warmupMs := flags.Int("warmup-ms", 0, "unrecorded operations for this long")
	iterations := flags.Int("iterations", 0, "measured iterations")
	iterationMs := flags.Int("iteration-ms", 1000, "the least length of one iteration")
	if err := flags.Parse(args[2:]); err != nil {
		return usageError{err}
	}
	if *inputPath == "" || *resultPath == "" || *warmupMs < 0 || *iterations < 0 || *iterationMs < 1 {
		return usageError{errors.New("--input and --result are required; --warmup-ms and --iterations at least 0, --iteration-ms at least 1")}
	}
	data, err := os.ReadFile(*inputPath)
	if err != nil {
		return err
	}
	var in input
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("the input is not the fingerprint story's JSON: %w", err)
	}
	fingerprints := make([]uint64, len(in.Files))
	operation := func() error {
		for i, file := range in.Files {
			value, err := compute(file.Nodes)
			if err != nil {
				return fmt.Errorf("%s: %w", file.Name, err)
			}
			fingerprints[i] = value
		}
		return nil
	}

	if err := operation(); err != nil {
		return err
	}
	out := result{Runtime: "Go " + runtime.Version()[2:], Output: make([]string, len(fingerprints)), Samples: []sample{}}
	for i, value := range fingerprints {
		out.Output[i] = fmt.Sprintf("%016x", value)
	}
	for end := time.Now().Add(time.Duration(*warmupMs) * time.Millisecond); time.Now().Before(end); {
		if err := operation(); err != nil {
			return err
		}
	}
	runtime.GC()
	least := time.Duration(*iterationMs) * time.Millisecond
	for i := 0; i < *iterations; i++ {
		var ops int64
		started := time.Now()
		elapsed := time.Duration(0)
		for ops == 0 || elapsed < least {
			if err := operation(); err != nil {
				return err
			}
			ops++
			elapsed = time.Since(started)
		}
		out.Samples = append(out.Samples, sample{Ops: ops, Nanos: elapsed.Nanoseconds()})
	}
	written, err := json.Marshal(out)
	if err != nil {
		return err
	}
	return os.WriteFile(*resultPath, written, 0o644)
}

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		var usage usageError
		if errors.As(err, &usage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
