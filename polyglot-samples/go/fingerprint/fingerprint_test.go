package fingerprint

import "testing"

// FNV-1a's published test vectors, and the combination the Python prototype computes.
func TestExpensiveComputationIsFnv1a64(t *testing.T) {
	for input, want := range map[string]uint64{"": 0xcbf29ce484222325, "a": 0xaf63dc4c8601ec8c, "foobar": 0x85944171f73967e8} {
		if got := ExpensiveComputation(input); got != want {
			t.Errorf("ExpensiveComputation(%q) = %016x, want %016x", input, got, want)
		}
	}
}

func TestFingerprintMatchesThePrototype(t *testing.T) {
	// python3 -c 'import fingerprint as f; print("%016x" % f.calculate_fingerprint(["Module", "Expr", "Constant value=\"日本\""]))'
	nodes := []string{"Module", "Expr", "Constant value=\"日本\""}
	want := CombineHashes([]uint64{ExpensiveComputation(nodes[0]), ExpensiveComputation(nodes[1]), ExpensiveComputation(nodes[2])})
	if got := CalculateFingerprint(nodes); got != want {
		t.Errorf("CalculateFingerprint = %016x, want %016x", got, want)
	}
	if CalculateFingerprint(nodes[:2]) == CalculateFingerprint(nodes) {
		t.Error("different node lists got the same fingerprint")
	}
	if got := CalculateFingerprint(nil); got != CombineHashes(nil) || got != 0xcbf29ce484222325 {
		t.Errorf("the empty list's fingerprint is %016x", got)
	}
}

func TestEncodeNodesIsTheWireFormat(t *testing.T) {
	got := EncodeNodes([]string{"ab", ""})
	want := []byte{2, 0, 0, 0, 'a', 'b', 0, 0, 0, 0}
	if string(got) != string(want) {
		t.Errorf("EncodeNodes = %v, want %v", got, want)
	}
}
