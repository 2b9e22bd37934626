import Foundation

/// A synthetic national workspace for benchmarks and tests: the Vietnam General Confederation of
/// Labour (Tổng Liên đoàn), the 34 provinces of July 2025, under each province five unions that
/// are the direct superiors of grassroots unions (levels as after July 2025: no district level),
/// the grassroots unions themselves, one national directive asking every unit for a monthly
/// report, and a year of submissions with realistic shares of on-time, late and missing reports.
///
/// SAMPLE DATA: names are made up (every grassroots row has `sample=true`); the province names are
/// real (`../shared/data/provinces-2025.yaml`). The same options and seed give the same bytes.
public struct NationalWorkspaceGenerator: Sendable {
    /// The 34 province-level units from 2025-07-01, with the former provinces merged into each.
    public static let provinces: [(name: String, merged: [String])] = [
        ("Hà Nội", []), ("Huế", []), ("Lai Châu", []), ("Điện Biên", []), ("Sơn La", []), ("Lạng Sơn", []),
        ("Quảng Ninh", []), ("Thanh Hóa", []), ("Nghệ An", []), ("Hà Tĩnh", []), ("Cao Bằng", []),
        ("Tuyên Quang", ["Tuyên Quang", "Hà Giang"]), ("Lào Cai", ["Lào Cai", "Yên Bái"]),
        ("Thái Nguyên", ["Thái Nguyên", "Bắc Kạn"]), ("Phú Thọ", ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"]),
        ("Bắc Ninh", ["Bắc Ninh", "Bắc Giang"]), ("Hưng Yên", ["Hưng Yên", "Thái Bình"]),
        ("Hải Phòng", ["Hải Phòng", "Hải Dương"]), ("Ninh Bình", ["Ninh Bình", "Hà Nam", "Nam Định"]),
        ("Quảng Trị", ["Quảng Trị", "Quảng Bình"]), ("Đà Nẵng", ["Đà Nẵng", "Quảng Nam"]),
        ("Quảng Ngãi", ["Quảng Ngãi", "Kon Tum"]), ("Gia Lai", ["Gia Lai", "Bình Định"]),
        ("Khánh Hòa", ["Khánh Hòa", "Ninh Thuận"]), ("Lâm Đồng", ["Lâm Đồng", "Đắk Nông", "Bình Thuận"]),
        ("Đắk Lắk", ["Đắk Lắk", "Phú Yên"]),
        ("TP Hồ Chí Minh", ["TP Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"]),
        ("Đồng Nai", ["Đồng Nai", "Bình Phước"]), ("Tây Ninh", ["Tây Ninh", "Long An"]),
        ("Cần Thơ", ["Cần Thơ", "Sóc Trăng", "Hậu Giang"]), ("Vĩnh Long", ["Vĩnh Long", "Bến Tre", "Trà Vinh"]),
        ("Đồng Tháp", ["Đồng Tháp", "Tiền Giang"]), ("Cà Mau", ["Cà Mau", "Bạc Liêu"]),
        ("An Giang", ["An Giang", "Kiên Giang"]),
    ]

    /// The unions under each province that grassroots unions report to.
    static let uppers: [(id: String, name: String, kind: String, share: Int)] = [
        ("giao-duc", "Công đoàn Giáo dục", "sector-union", 30),
        ("y-te", "Công đoàn Y tế", "sector-union", 10),
        ("vien-chuc", "Công đoàn Viên chức", "civil-servant-union", 20),
        ("cong-thuong", "Công đoàn ngành Công Thương", "sector-union", 15),
        ("khu-cong-nghiep", "Công đoàn các Khu công nghiệp", "industrial-zone-union", 25),
    ]

    public var provinces: Int
    public var grassroots: Int
    public var year: Int
    public var seed: UInt64
    /// Percent of reports received on time, late; the rest are missing. Resubmissions come on top.
    public var onTime = 80, late = 12, resubmitted = 3

    public init(provinces: Int = 34, grassroots: Int = 126_000, year: Int = 2024, seed: UInt64 = 1) {
        self.provinces = min(max(provinces, 1), Self.provinces.count)
        self.grassroots = max(grassroots, 0)
        self.year = year
        self.seed = seed
    }

    /// What was written.
    public struct Summary: Sendable {
        public var units: Int
        public var grassroots: Int
        public var submissionFiles: [String]
        public var submissions: Int
        public var onTime: Int, late: Int, missing: Int, resubmissions: Int
    }

    /// A province's id in the workspace: `ldld-` and its name without accents.
    public static func provinceID(_ name: String) -> String { "ldld-" + slug(name) }

    /// Lower case, no accents, `-` between words.
    public static func slug(_ text: String) -> String {
        let folded = text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var result = ""
        for character in folded.unicodeScalars {
            if ("a"..."z").contains(character) || ("0"..."9").contains(character) {
                result.unicodeScalars.append(character)
            } else if !result.hasSuffix("-") && !result.isEmpty {
                result += "-"
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }

    /// How many grassroots unions each of the chosen provinces gets: in proportion to the former
    /// provinces merged into it, twice that for the two largest cities.
    func grassrootsPerProvince() -> [Int] {
        let chosen = Self.provinces.prefix(provinces)
        let weights = chosen.map { province in
            max(province.merged.count, 1) * (province.name == "Hà Nội" || province.name == "TP Hồ Chí Minh" ? 3 : 1)
        }
        let total = weights.reduce(0, +)
        var counts = weights.map { grassroots * $0 / total }
        counts[0] += grassroots - counts.reduce(0, +)
        return counts
    }

    /// Writes the workspace into `folder` (created; files already there are replaced).
    /// - Parameter pluginFolder: A folder holding the `national` plugin, copied into the workspace
    ///   so that deadlines follow Decree 09/2019; nil for a workspace without plugins.
    @discardableResult
    public func write(to folder: URL, pluginFolder: URL? = nil) throws -> Summary {
        let files = FileManager.default
        try files.createDirectory(at: folder.appendingPathComponent("directives"), withIntermediateDirectories: true)
        var plugins = "[]"
        if let pluginFolder {
            let target = folder.appendingPathComponent("plugins/national")
            try? files.removeItem(at: target)
            try files.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try files.copyItem(at: pluginFolder.appendingPathComponent("national"), to: target)
            try? files.removeItem(at: target.appendingPathComponent("tests"))
            // Its tests name a workspace of the repository's; they are not this workspace's.
            let manifest = target.appendingPathComponent("plugin.yaml")
            let text = try String(contentsOf: manifest, encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.hasPrefix("tests:") }.joined(separator: "\n")
            try text.write(to: manifest, atomically: true, encoding: .utf8)
            plugins = "[national]\npluginPaths: [plugins]"
        }
        try """
            # SAMPLE DATA written by 'baocao generate' (seed \(seed)): a synthetic national workspace.
            name: Tổng Liên đoàn Lao động Việt Nam (dữ liệu tổng hợp)
            province: Việt Nam
            plugins: \(plugins)
            levels:
              - { id: national, name: Tổng Liên đoàn Lao động Việt Nam }
              - { id: province, name: "Liên đoàn Lao động tỉnh, thành phố" }
              - { id: upper, name: Công đoàn cấp trên trực tiếp cơ sở }
              - { id: grassroots, name: Công đoàn cơ sở }
            kinds:
              - { id: confederation, name: Tổng Liên đoàn, level: national }
              - { id: provincial-federation, name: "Liên đoàn Lao động tỉnh, thành phố", level: province }
              - { id: sector-union, name: Công đoàn ngành, level: upper }
              - { id: civil-servant-union, name: Công đoàn Viên chức, level: upper }
              - { id: industrial-zone-union, name: Công đoàn các Khu công nghiệp, level: upper }
              - { id: public-agency, name: "Công đoàn cơ sở đơn vị hành chính, sự nghiệp", level: grassroots }
              - { id: enterprise, name: Công đoàn cơ sở doanh nghiệp, level: grassroots }
            units: [units.yaml, grassroots.csv]

            """.write(to: folder.appendingPathComponent("workspace.yaml"), atomically: true, encoding: .utf8)

        var rng = SplitMix64(seed: seed)
        let chosen = Array(Self.provinces.prefix(provinces))
        let counts = grassrootsPerProvince()
        var units = """
            # SAMPLE DATA: the confederation, the 34 provinces (real names) and five unions under each.
            units:
              - id: tld
                name: Tổng Liên đoàn Lao động Việt Nam
                shortName: Tổng Liên đoàn
                level: national
                kind: confederation

            """
        // (id, level, parent, province index) of every unit that reports, grassroots in CSV order.
        var reporters: [(id: String, level: Int, province: Int)] = []
        var grassrootsCSV = "id,name,level,kind,parent,sample\n"
        for (index, province) in chosen.enumerated() {
            let id = Self.provinceID(province.name)
            let slug = Self.slug(province.name)
            units += "  - { id: \(id), name: \"Liên đoàn Lao động \(province.name)\", level: province, kind: provincial-federation, parent: tld }\n"
            reporters.append((id, 1, index))
            for upper in Self.uppers {
                units += "  - { id: cd-\(upper.id)-\(slug), name: \"\(upper.name) \(province.name)\", level: upper, kind: \(upper.kind), parent: \(id) }\n"
                reporters.append(("cd-\(upper.id)-\(slug)", 2, index))
            }
            let shares = Self.uppers.map(\.share)
            for n in 1...max(counts[index], 1) where counts[index] > 0 {
                var pick = Int(rng.next() % 100), which = 0
                while pick >= shares[which] { pick -= shares[which]; which += 1 }
                let upper = Self.uppers[which]
                let kind = upper.id == "khu-cong-nghiep" || upper.id == "cong-thuong" ? "enterprise" : "public-agency"
                let unitID = "cdcs-\(slug)-\(n)"
                grassrootsCSV += "\(unitID),CĐCS số \(n) thuộc \(upper.name) \(province.name),grassroots,\(kind),cd-\(upper.id)-\(slug),true\n"
                reporters.append((unitID, 3, index))
            }
        }
        try units.write(to: folder.appendingPathComponent("units.yaml"), atomically: true, encoding: .utf8)
        try grassrootsCSV.write(to: folder.appendingPathComponent("grassroots.csv"), atomically: true, encoding: .utf8)
        try directive.write(to: folder.appendingPathComponent("directives/bao-cao-thang-\(year).yaml"), atomically: true, encoding: .utf8)

        // A file per province per month, as each province federation forwards its units' reports.
        var summary = Summary(units: reporters.count + 1, grassroots: counts.reduce(0, +), submissionFiles: [],
                              submissions: 0, onTime: 0, late: 0, missing: 0, resubmissions: 0)
        let submissions = folder.appendingPathComponent("submissions")
        try? files.removeItem(at: submissions)
        try files.createDirectory(at: submissions, withIntermediateDirectories: true)
        let obligations = ["", "bao-cao-thang-tinh", "bao-cao-thang-cap-tren", "bao-cao-thang-cdcs"]
        for month in 1...12 {
            var byProvince = [String](repeating: "directive,obligation,unit,period,received,doan_vien,doan_vien_moi,co_ke_hoach\n",
                                      count: chosen.count)
            let period = String(format: "%04d-%02d", year, month)
            for reporter in reporters {
                // Upper levels are more diligent than grassroots unions.
                let roll = Int(rng.next() % 100)
                let onTimeShare = reporter.level == 3 ? onTime : 95
                let lateShare = reporter.level == 3 ? late : 5
                let day: Int
                if roll < onTimeShare {
                    day = 5 + Int(rng.next() % 10)          // 5th to 14th: before every deadline
                    summary.onTime += 1
                } else if roll < onTimeShare + lateShare {
                    day = 22 + Int(rng.next() % 6)          // 22nd to 27th: after every deadline
                    summary.late += 1
                } else {
                    summary.missing += 1
                    continue
                }
                let members = 10 + Int(rng.next() % 400)
                let row = { (day: Int, hour: Int) -> String in
                    "1/KH-TLĐ,\(obligations[reporter.level]),\(reporter.id),\(period),\(period)-\(day < 10 ? "0" : "")\(day) \(hour):\(rng.next() % 2 == 0 ? "15" : "45"),"
                        + "\(members),\(rng.next() % 6),\(rng.next() % 10 < 9 ? "có" : "không")\n"
                }
                byProvince[reporter.province] += row(day, 8 + Int(rng.next() % 9))
                summary.submissions += 1
                if Int(rng.next() % 100) < resubmitted {
                    byProvince[reporter.province] += row(min(day + 1 + Int(rng.next() % 3), 28), 10 + Int(rng.next() % 7))
                    summary.submissions += 1
                    summary.resubmissions += 1
                }
            }
            let monthFolder = submissions.appendingPathComponent(period)
            try files.createDirectory(at: monthFolder, withIntermediateDirectories: true)
            for (index, province) in chosen.enumerated() {
                let file = monthFolder.appendingPathComponent("\(Self.slug(province.name)).csv")
                try byProvince[index].write(to: file, atomically: true, encoding: .utf8)
                summary.submissionFiles.append("submissions/\(period)/\(Self.slug(province.name)).csv")
            }
        }
        return summary
    }

    /// The national directive: a monthly report from every unit to its direct superior.
    var directive: String {
        """
        # SAMPLE DATA written by 'baocao generate': a national directive asking for monthly reports.
        type: plan
        number: 1/KH-TLĐ
        issuer: { name: Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam, unit: tld }
        place: Hà Nội
        date: \(year)-01-01
        subject: Báo cáo tình hình hoạt động công đoàn hằng tháng năm \(year) (dữ liệu tổng hợp)
        tasks:
          - heading: Công đoàn các cấp
            tasks: [Báo cáo hằng tháng về công đoàn cấp trên trực tiếp]
        reports:
          - id: bao-cao-thang-tinh
            title: Báo cáo tình hình hoạt động công đoàn hằng tháng của LĐLĐ tỉnh, thành phố
            from: province
            periods: [month]
            to: tld
            fields: &fields
              - { id: doan_vien, label: Số đoàn viên, type: integer }
              - { id: doan_vien_moi, label: Số đoàn viên kết nạp mới trong tháng, type: integer }
              - { id: co_ke_hoach, label: Có kế hoạch hoạt động tháng, type: boolean }
          - id: bao-cao-thang-cap-tren
            title: Báo cáo tình hình hoạt động hằng tháng của công đoàn cấp trên trực tiếp cơ sở
            from: upper
            periods: [month]
            to: direct-superior
            fields: *fields
          - id: bao-cao-thang-cdcs
            title: Báo cáo tình hình hoạt động hằng tháng của công đoàn cơ sở
            from: grassroots
            periods: [month]
            to: direct-superior
            fields: *fields
        indicators:
          - id: chi-tieu-1
            text: 90% công đoàn cơ sở có kế hoạch hoạt động hằng tháng
            measure: share
            population: { levels: [grassroots] }
            condition: { report: bao-cao-thang-cdcs, field: co_ke_hoach, equals: true }
            target: 90%
        signer: { authority: TM., for: ĐOÀN CHỦ TỊCH, title: PHÓ CHỦ TỊCH, name: Nguyễn Văn A }

        """
    }
}

/// A small deterministic generator (SplitMix64): the same seed gives the same numbers everywhere.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
