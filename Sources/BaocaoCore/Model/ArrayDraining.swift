extension Array {
    /// Hands each element to `body`, in order, moved out of the array, which is left empty.
    ///
    /// Iterating an array copies each element: for a struct of strings and arrays (a report, a
    /// submission) that is a retain of each, and a release when the array goes. A national period
    /// has a hundred thousand of them. Moving needs the array to be its only owner (else the
    /// elements are copied once, as iterating would).
    package mutating func drain(_ body: (consuming Element) throws -> Void) rethrows {
        // Reversed through the buffer (swaps there move), then taken from the end.
        withUnsafeMutableBufferPointer { $0.reverse() }
        while let element = popLast() { try body(element) }
    }
}
