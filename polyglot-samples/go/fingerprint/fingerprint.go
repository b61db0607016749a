// Package fingerprint is the guide's fingerprint generator written in Go: the same definitions as
// the Python prototype (polyglot-samples/python/fingerprint.py) and the Rust port
// (rust-core/src/fingerprint.rs), for the guide's "Go to Rust" route (go@go, and go+rust@cgo, where
// the same Go program calls the Rust library instead).
//
//   - ExpensiveComputation(node): 64-bit FNV-1a over the node string's UTF-8 bytes.
//   - CombineHashes(hashes): 64-bit FNV-1a over every hash's 8 little-endian bytes, in order.
//   - CalculateFingerprint(nodes): the guide's hot path, every node hashed and the hashes combined.
package fingerprint

import "encoding/binary"

const (
	fnvOffset uint64 = 0xCBF29CE484222325
	fnvPrime  uint64 = 0x100000001B3
)

// ExpensiveComputation is 64-bit FNV-1a of the node string's UTF-8 bytes (Go strings are bytes).
func ExpensiveComputation(node string) uint64 {
	hash := fnvOffset
	for i := 0; i < len(node); i++ {
		hash ^= uint64(node[i])
		hash *= fnvPrime
	}
	return hash
}

// CombineHashes is 64-bit FNV-1a over every hash's 8 little-endian bytes.
func CombineHashes(hashes []uint64) uint64 {
	combined := fnvOffset
	var bytes [8]byte
	for _, hash := range hashes {
		binary.LittleEndian.PutUint64(bytes[:], hash)
		for _, b := range bytes {
			combined ^= uint64(b)
			combined *= fnvPrime
		}
	}
	return combined
}

// CalculateFingerprint hashes every node, then combines the hashes: the guide's hot path.
func CalculateFingerprint(nodes []string) uint64 {
	hashes := make([]uint64, 0, len(nodes))
	for _, node := range nodes { // Hot path
		hashes = append(hashes, ExpensiveComputation(node))
	}
	return CombineHashes(hashes)
}

// EncodeNodes writes a node list in rust-core's wire format (src/nodelist.rs): per node a u32
// little-endian byte length, then its UTF-8 bytes.
func EncodeNodes(nodes []string) []byte {
	size := 0
	for _, node := range nodes {
		size += 4 + len(node)
	}
	buffer := make([]byte, 0, size)
	var length [4]byte
	for _, node := range nodes {
		binary.LittleEndian.PutUint32(length[:], uint32(len(node)))
		buffer = append(buffer, length[:]...)
		buffer = append(buffer, node...)
	}
	return buffer
}
