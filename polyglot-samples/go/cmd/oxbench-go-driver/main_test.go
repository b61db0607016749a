package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"oxbench/go/fingerprint"
)

// drive runs the driver on two files with commands on stdin, as oxbench does: the error, the lines
// it printed and the result file it wrote.
func drive(t *testing.T, commands string, extra ...string) (error, []string, result) {
	t.Helper()
	dir := t.TempDir()
	in := `{"files": [{"name": "a.py", "nodes": ["Module", "Expr"]}, {"name": "b.py", "nodes": []}]}`
	if err := os.WriteFile(filepath.Join(dir, "input.json"), []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"fingerprint", "calculate_fingerprint", "--input", filepath.Join(dir, "input.json"),
		"--result", filepath.Join(dir, "result.json")}, extra...)
	var answers strings.Builder
	err := run(args, strings.NewReader(commands), &answers)
	var got result
	if data, readErr := os.ReadFile(filepath.Join(dir, "result.json")); readErr == nil {
		if jsonErr := json.Unmarshal(data, &got); jsonErr != nil {
			t.Fatal(jsonErr)
		}
	}
	return err, strings.Split(strings.TrimSuffix(answers.String(), "\n"), "\n"), got
}

func TestTheDriverSaysReadyThenAnswersEachIterateAndStopsAtEnd(t *testing.T) {
	err, lines, got := drive(t, "iterate 3\niterate 0\nend\niterate 1\n")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, nodes := range [][]string{{"Module", "Expr"}, {}} {
		want = append(want, fmt.Sprintf("%016x", fingerprint.CalculateFingerprint(nodes)))
	}
	if strings.Join(got.Output, ",") != strings.Join(want, ",") || !strings.HasPrefix(got.Runtime, "Go ") {
		t.Fatalf("result %+v, want output %v", got, want)
	}
	if len(lines) != 3 || lines[0] != "ready" {
		t.Fatalf("lines %q: want ready and two iterations, nothing after end", lines)
	}
	var long, single sample
	if json.Unmarshal([]byte(lines[1]), &long) != nil || json.Unmarshal([]byte(lines[2]), &single) != nil {
		t.Fatalf("iterations %q are not {ops, nanos}", lines[1:])
	}
	if long.Ops < 1 || long.Nanos < 3_000_000 || single.Ops != 1 || single.Nanos < 1 {
		t.Fatalf("iterate 3 gave %+v, iterate 0 gave %+v", long, single)
	}
}

func TestTheEndOfStdinEndsTheDriver(t *testing.T) {
	err, lines, _ := drive(t, "iterate 0\n")
	if err != nil || len(lines) != 2 {
		t.Fatalf("error %v, lines %q", err, lines)
	}
}

func TestAnUnknownCommandIsAUsageError(t *testing.T) {
	err, lines, _ := drive(t, "iterate -1\n")
	var usage usageError
	if !errors.As(err, &usage) || err.Error() != `unknown command "iterate -1" (iterate MS, end)` || len(lines) != 1 {
		t.Fatalf("error %v, lines %q", err, lines)
	}
}

func TestTheOldFixedPlanOptionsAreGone(t *testing.T) {
	err, _, _ := drive(t, "end\n", "--iterations", "3")
	var usage usageError
	if !errors.As(err, &usage) {
		t.Fatalf("error %v, want a usage error", err)
	}
}
