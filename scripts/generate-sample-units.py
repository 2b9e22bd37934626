#!/usr/bin/env python3
"""Writes the invented grassroots units of the example workspaces (examples/*/grassroots.csv).

The provinces, districts and sector unions in each examples/*/units.yaml are real (districts from
../shared/data/units.yaml). The grassroots units below them are sample data: names are made up
from common patterns, every row has sample=true. The output is deterministic: run it again and
nothing changes.

    python3 scripts/generate-sample-units.py
"""
import csv
import io
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["id", "name", "level", "kind", "parent", "sample"]

AGENCIES = [
    "Trường Mầm non {p} {n}", "Trường Tiểu học {p} {n}", "Trường THCS {p} {n}", "Trường THPT {p} {n}",
    "Trạm Y tế {p} {n}", "Trung tâm Y tế {p}", "Phòng Giáo dục và Đào tạo {p}", "Kho bạc Nhà nước {p}",
    "Chi cục Thuế {p}", "Cơ quan UBND {p}", "Bảo hiểm xã hội {p}", "Trung tâm Văn hóa - Thể thao {p}",
]
TRADES = ["May mặc", "Giày da", "Cơ khí", "Vật liệu xây dựng", "Chế biến nông sản", "Điện tử", "Bao bì",
          "Thực phẩm", "Chế biến gỗ", "Dệt", "Xây dựng", "Vận tải"]
BRANDS = ["An Phát", "Hưng Thịnh", "Thành Công", "Minh Long", "Phú Cường", "Tân Tiến", "Đại Việt",
          "Hoàng Gia", "Trường Sơn", "Bình Minh", "Kim Ngân", "Hải Đăng", "Việt Hưng", "Phúc An", "Quang Minh"]
LETTERS = ["A", "B", "C", "D", "E", "G", "H"]


def union_units(rng, parent, place, agencies, enterprises, prefix):
    """Grassroots unions of one district federation or sector union."""
    rows, used = [], set()
    for i in range(agencies):
        pattern = AGENCIES[i % len(AGENCIES)]
        name = pattern.format(p=place, n=LETTERS[(i // len(AGENCIES)) % len(LETTERS)]).strip()
        if name in used:
            name = f"{name} (cơ sở {i + 1})"
        used.add(name)
        rows.append(("public-agency", f"CĐCS {name}"))
    for i in range(enterprises):
        while True:
            name = f"Công ty {rng.choice(['TNHH', 'CP'])} {rng.choice(TRADES)} {rng.choice(BRANDS)}"
            if name not in used:
                break
        used.add(name)
        rows.append(("enterprise", f"CĐCS {name}"))
    return [
        {"id": f"cdcs-{prefix}-{n:02d}", "name": name, "level": "grassroots", "kind": kind,
         "parent": parent, "sample": "true"}
        for n, (kind, name) in enumerate(rows, start=1)
    ]


def union_province(seed, parents):
    rng = random.Random(seed)
    rows = []
    for parent, place, agencies, enterprises in parents:
        prefix = parent.removeprefix("ldld-").removeprefix("cd-").removeprefix("tp-")
        rows += union_units(rng, parent, place, agencies, enterprises, prefix)
    return rows


NINH_BINH = [  # (parent id, place in names, public agencies, enterprises)
    ("ldld-tp-ninh-binh", "TP Ninh Bình", 16, 12), ("ldld-tp-tam-diep", "Tam Điệp", 14, 10),
    ("ldld-nho-quan", "Nho Quan", 18, 8), ("ldld-gia-vien", "Gia Viễn", 16, 10),
    ("ldld-hoa-lu", "Hoa Lư", 14, 10), ("ldld-yen-khanh", "Yên Khánh", 16, 10),
    ("ldld-kim-son", "Kim Sơn", 18, 8), ("ldld-yen-mo", "Yên Mô", 16, 8),
    ("cd-vien-chuc", "tỉnh Ninh Bình", 12, 0), ("cd-giao-duc", "chuyên biệt Ninh Bình", 6, 0),
    ("cd-y-te", "tỉnh Ninh Bình", 6, 0), ("cd-khu-cong-nghiep", "KCN Gián Khẩu", 0, 14),
]
TAY_NINH = [
    ("ldld-tp-tay-ninh", "TP Tây Ninh", 16, 10), ("ldld-hoa-thanh", "Hòa Thành", 14, 10),
    ("ldld-trang-bang", "Trảng Bàng", 14, 12), ("ldld-tan-bien", "Tân Biên", 14, 6),
    ("ldld-tan-chau", "Tân Châu", 14, 8), ("ldld-duong-minh-chau", "Dương Minh Châu", 14, 8),
    ("ldld-chau-thanh", "Châu Thành", 14, 6), ("ldld-ben-cau", "Bến Cầu", 12, 6),
    ("ldld-go-dau", "Gò Dầu", 14, 10), ("cd-vien-chuc", "tỉnh Tây Ninh", 12, 0),
    ("cd-giao-duc", "chuyên biệt Tây Ninh", 6, 0), ("cd-y-te", "tỉnh Tây Ninh", 6, 0),
    ("cd-khu-kinh-te", "KCN Phước Đông", 0, 16),
]
CAO_BANG = [
    ("ldld-tp-cao-bang", "TP Cao Bằng", 14, 6), ("ldld-bao-lam", "Bảo Lâm", 12, 2),
    ("ldld-bao-lac", "Bảo Lạc", 12, 2), ("ldld-thong-nong", "Thông Nông", 10, 1),
    ("ldld-ha-quang", "Hà Quảng", 12, 2), ("ldld-tra-linh", "Trà Lĩnh", 10, 1),
    ("ldld-trung-khanh", "Trùng Khánh", 12, 2), ("ldld-ha-lang", "Hạ Lang", 12, 1),
    ("ldld-quang-uyen", "Quảng Uyên", 12, 2), ("ldld-phuc-hoa", "Phục Hòa", 10, 2),
    ("ldld-hoa-an", "Hòa An", 14, 3), ("ldld-nguyen-binh", "Nguyên Bình", 12, 2),
    ("ldld-thach-an", "Thạch An", 12, 2), ("cd-vien-chuc", "tỉnh Cao Bằng", 12, 0),
    ("cd-giao-duc", "chuyên biệt Cao Bằng", 6, 0), ("cd-y-te", "tỉnh Cao Bằng", 6, 0),
    ("ldld-tinh", "trực thuộc tỉnh", 6, 10),
]

BEN_TRE_AGENCIES = [
    "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Tư pháp",
    "Sở Nội vụ", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Xây dựng",
    "Sở Giao thông vận tải", "Sở Tài nguyên và Môi trường", "Sở Lao động - Thương binh và Xã hội",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Thông tin và Truyền thông",
    "Văn phòng UBND tỉnh", "Thanh tra tỉnh", "Ban Quản lý các khu công nghiệp", "Bảo hiểm xã hội tỉnh",
    "Kho bạc Nhà nước tỉnh", "Cục Thuế tỉnh", "Cục Thống kê", "Đài Phát thanh và Truyền hình",
    "Báo Đồng Khởi", "Trường Cao đẳng Bến Tre", "Bệnh viện Nguyễn Đình Chiểu", "Liên đoàn Lao động tỉnh",
    "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh", "Ủy ban MTTQ Việt Nam tỉnh",
    "Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Ngân hàng Nhà nước chi nhánh Bến Tre", "Công an tỉnh (khối hành chính)",
    "Vườn quốc gia Thạnh Phú",
]


def ben_tre():
    rng = random.Random(4)
    rows = []
    companies = [f"Công ty {rng.choice(['TNHH MTV', 'CP'])} {rng.choice(TRADES)} {brand}" for brand in BRANDS]
    organisations = [(name, "grassroots-party-committee" if i % 3 == 0 else "grassroots-party-cell")
                     for i, name in enumerate(BEN_TRE_AGENCIES)]
    organisations += [(name, "grassroots-party-cell") for name in companies]
    for n, (name, kind) in enumerate(organisations, start=1):
        party_id = f"dcs-{n:02d}"
        prefix = "Đảng bộ" if kind == "grassroots-party-committee" else "Chi bộ"
        rows.append({"id": party_id, "name": f"{prefix} {name}", "level": "grassroots", "kind": kind,
                     "parent": "duk", "sample": "true"})
        rows.append({"id": f"cd-{n:02d}", "name": f"Công đoàn cơ sở {name}", "level": "mass-organisation",
                     "kind": "trade-union", "parent": party_id, "sample": "true"})
        if n % 4 != 3:  # not every body has a youth union branch
            rows.append({"id": f"cdoan-{n:02d}", "name": f"Chi đoàn {name}", "level": "mass-organisation",
                         "kind": "youth-union", "parent": party_id, "sample": "true"})
    return rows


def write(workspace, rows):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path = ROOT / "examples" / workspace / "grassroots.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    print(f"{path.relative_to(ROOT)}: {len(rows)} sample units")


if __name__ == "__main__":
    write("ninh-binh", union_province(0, NINH_BINH))
    write("tay-ninh", union_province(1, TAY_NINH))
    write("cao-bang", union_province(3, CAO_BANG))
    write("ben-tre", ben_tre())
