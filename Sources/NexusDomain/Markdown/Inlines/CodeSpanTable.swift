/// Every backtick run of a text, grouped by length, so that finding a code span's
/// closing run is a binary search instead of a scan. Without it, a line of many
/// unmatched backtick runs would be scanned again from each of them.
struct CodeSpanTable {
    private var runsByLength: [Int: [Int]] = [:]

    init(_ bytes: [UInt8]) {
        var index = 0
        while index < bytes.count {
            guard bytes[index] == .backtick else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.count, bytes[index] == .backtick { index += 1 }
            runsByLength[index - start, default: []].append(start)
        }
    }

    /// The start of the first run of exactly `length` backticks at or after `position`.
    /// Backslashes do not escape inside code, so every raw run is a candidate.
    func closer(length: Int, from position: Int) -> Int? {
        guard let starts = runsByLength[length] else { return nil }
        let found = starts.lowerBound(of: position)
        return found < starts.count ? starts[found] : nil
    }
}

extension Array where Element == Int {
    /// The index of the first element not less than `value`, in a sorted array.
    func lowerBound(of value: Int) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
