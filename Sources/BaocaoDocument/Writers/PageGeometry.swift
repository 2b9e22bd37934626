/// The page Decree 30/2020/NĐ-CP, Appendix I sets: A4 portrait; margins top and bottom 20 mm (20–25),
/// left 30 mm (30–35), right 15 mm (15–20). Both layouts use it.
enum PageGeometry {
    static let widthMillimetres = 210.0
    static let heightMillimetres = 297.0
    static let topMillimetres = 20.0
    static let bottomMillimetres = 20.0
    static let leftMillimetres = 30.0
    static let rightMillimetres = 15.0

    /// Twentieths of a point, Word's page unit.
    static func twips(_ millimetres: Double) -> Int { Int((millimetres / 25.4 * 1440).rounded()) }
    /// English Metric Units, DrawingML's unit.
    static func emu(_ millimetres: Double) -> Int { Int((millimetres * 36000).rounded()) }

    static var textWidthMillimetres: Double { widthMillimetres - leftMillimetres - rightMillimetres }
}
