"""Prints dist/REPORT.md: every artifact with its size, the steps of scripts/release with
their durations, and the total. Usage: release_report.py DIST STEPS_TSV TOTAL_SECONDS."""
import sys
from pathlib import Path


def main():
    dist, steps, total = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    print("# Release report\n")
    print("| artifact | size |\n|---|---:|")
    for f in sorted(p for p in dist.rglob("*") if p.is_file() and p.name not in ("REPORT.md",)):
        print(f"| {f.relative_to(dist)} | {f.stat().st_size / 1e6:.2f} MB |")
    print("\n| step | seconds |\n|---|---:|")
    for line in steps.read_text().splitlines():
        name, seconds = line.split("\t")
        print(f"| {name} | {seconds} |")
    print(f"\nscripts/release took {total // 60} min {total % 60} s in all.")


if __name__ == "__main__":
    main()
