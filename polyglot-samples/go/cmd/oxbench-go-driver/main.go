// Command oxbench-go-driver is oxbench's external driver for the Go rows of the fingerprint story
// (issue 7): go@go runs the Go port (package fingerprint) and, when built with the `rust` tag,
// go+rust@cgo runs the same Go program calling rust-core's oxb_fingerprint through cgo.
//
//	oxbench-go-driver fingerprint FUNCTION --input IN.json --result OUT.json
//
// The protocol is polyglot-samples/python/driver.py's: the output computed once and written with the
// runtime to --result, then the line "ready" on stdout, then one command a line on stdin:
// "iterate MS" runs whole operations (one operation: every file of the input) for at least MS
// milliseconds, at least one, and prints {"ops": N, "nanos": T}; "end" or the end of stdin exits.
// Errors go to stderr, one line, with exit status 1 (2 for bad arguments or an unknown command).
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"strings"
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
}

type usageError struct{ error }

func run(args []string, commands io.Reader, answers io.Writer) error {
	if len(args) == 1 && args[0] == "--version" {
		fmt.Println(runtime.Version())
		return nil
	}
	if len(args) < 2 || args[0] != "fingerprint" {
		return usageError{errors.New("usage: oxbench-go-driver fingerprint FUNCTION --input IN --result OUT")}
	}
	compute, known := fingerprintFunctions[args[1]]
	if !known {
		return usageError{fmt.Errorf("the fingerprint story has no function %s in this build", args[1])}
	}
	flags := flag.NewFlagSet("oxbench-go-driver", flag.ContinueOnError)
	inputPath := flags.String("input", "", "the story's input (JSON)")
	resultPath := flags.String("result", "", "where the result goes (JSON)")
	if err := flags.Parse(args[2:]); err != nil {
		return usageError{err}
	}
	if *inputPath == "" || *resultPath == "" || flags.NArg() > 0 {
		return usageError{errors.New("--input and --result are required, and nothing else")}
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
	out := result{Runtime: "Go " + runtime.Version()[2:], Output: make([]string, len(fingerprints))}
	for i, value := range fingerprints {
		out.Output[i] = fmt.Sprintf("%016x", value)
	}
	written, err := json.Marshal(out)
	if err != nil {
		return err
	}
	if err := os.WriteFile(*resultPath, written, 0o644); err != nil {
		return err
	}
	runtime.GC()
	if _, err := fmt.Fprintln(answers, "ready"); err != nil {
		return err
	}
	return serve(operation, commands, answers)
}

// serve answers oxbench's commands until "end" or the end of commands. Every operation writes its
// results into the fingerprints slice the closure holds, so no timed call is dead code.
func serve(operation func() error, commands io.Reader, answers io.Writer) error {
	lines := bufio.NewScanner(commands)
	for lines.Scan() {
		words := strings.Fields(lines.Text())
		if len(words) == 1 && words[0] == "end" {
			return nil
		}
		millis := -1
		if len(words) == 2 && words[0] == "iterate" {
			if n, err := strconv.Atoi(words[1]); err == nil {
				millis = n
			}
		}
		if millis < 0 {
			return usageError{fmt.Errorf("unknown command %q (iterate MS, end)", strings.TrimSpace(lines.Text()))}
		}
		got, err := iterate(operation, time.Duration(millis)*time.Millisecond)
		if err != nil {
			return err
		}
		line, _ := json.Marshal(got)
		if _, err := fmt.Fprintln(answers, string(line)); err != nil {
			return err
		}
	}
	return lines.Err()
}

// iterate runs whole operations for at least least, at least one.
func iterate(operation func() error, least time.Duration) (sample, error) {
	var ops int64
	started := time.Now()
	elapsed := time.Duration(0)
	for ops == 0 || elapsed < least {
		if err := operation(); err != nil {
			return sample{}, err
		}
		ops++
		elapsed = time.Since(started)
	}
	return sample{Ops: ops, Nanos: elapsed.Nanoseconds()}, nil
}

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		var usage usageError
		if errors.As(err, &usage) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
