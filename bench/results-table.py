#!/usr/bin/env python3
# Rewrites the results table of docs/benchmarks.md (between the run-all markers) from
# bench/target/results-*.tsv: bench/results-table.py <started> <commit> <machine> <load at start> <load at end>
import glob, sys, re
started, commit, machine, load0, load1 = sys.argv[1:]
order = ["import-people-100k", "dashboard-province", "dashboard-nation", "eligibility-one-core",
         "eligibility-two-cores", "submissions-300", "submission-province", "submission-nation",
         "signed-in-floor", "certificates"]
rows = {}
for f in glob.glob("bench/target/results-*.tsv"):
    for line in open(f, encoding="utf-8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) >= 7 and parts[0] == "RESULT":
            rows[parts[1]] = parts[1:8]
keys = [k for k in order if k in rows] + sorted(k for k in rows if k not in order)
esc = lambda s: s.replace("|", "\\|")
table = [f"Last `bench/run-all.sh`: {started}, commit `{commit}`, {machine}; load average {load0} at start, {load1} at end.", "",
         "| key | what (load average when measured) | figure | anchor, same run | goal | |", "|---|---|---|---|---|---|"]
for k in keys:
    key, what, figure, anchor, goal, met = rows[k][:6]
    mark = "✔ met" if met == "MET" else "✘ **not met**"
    table.append(f"| `{esc(key)}` | {esc(what)} | {esc(figure)} | {esc(anchor)} | {esc(goal)} | {mark} |")
missing = [k for k in order if k not in rows]
if missing:
    table.append("")
    table.append("Not measured in this run: " + ", ".join(f"`{k}`" for k in missing) + ".")
doc = open("docs/benchmarks.md", encoding="utf-8").read()
begin, end = "<!-- run-all:begin -->", "<!-- run-all:end -->"
block = begin + "\n" + "\n".join(table) + "\n" + end
if begin in doc:
    doc = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda m: block, doc, flags=re.S)
else:
    doc = doc.rstrip("\n") + "\n\n" + block + "\n"
open("docs/benchmarks.md", "w", encoding="utf-8").write(doc)
print("\n".join(table))
