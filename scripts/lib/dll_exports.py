"""Prints a module-definition (.def) file listing the functions a Windows DLL exports, read
from its PE export table. Usage: dll_exports.py DLL. Standard library only."""
import struct
import sys
from pathlib import Path


def exports(data):
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        raise SystemExit("not a PE file")
    sections_count = struct.unpack_from("<H", data, pe + 6)[0]
    optional_size = struct.unpack_from("<H", data, pe + 20)[0]
    optional = pe + 24
    if struct.unpack_from("<H", data, optional)[0] != 0x20B:
        raise SystemExit("not a 64-bit PE file")
    export_rva = struct.unpack_from("<I", data, optional + 112)[0]
    sections = []
    for i in range(sections_count):
        at = optional + optional_size + 40 * i
        size, rva, _, raw = struct.unpack_from("<IIII", data, at + 8)
        sections.append((rva, size, raw))

    def offset(rva):
        for start, size, raw in sections:
            if start <= rva < start + size:
                return raw + rva - start
        raise SystemExit(f"RVA {rva:#x} is in no section")

    table = offset(export_rva)
    names_count = struct.unpack_from("<I", data, table + 24)[0]
    names_rva = struct.unpack_from("<I", data, table + 32)[0]
    names = []
    for i in range(names_count):
        at = offset(struct.unpack_from("<I", data, offset(names_rva) + 4 * i)[0])
        names.append(data[at:data.index(b"\0", at)].decode())
    return names


def main():
    path = Path(sys.argv[1])
    print(f"LIBRARY {path.name}")
    print("EXPORTS")
    for name in exports(path.read_bytes()):
        print(f"    {name}")


if __name__ == "__main__":
    main()
