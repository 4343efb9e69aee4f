#!/usr/bin/python3
"""Draws the ratios of a bench/compare run: plot.py results.json ratios.png

Run with Debian's /usr/bin/python3 (python3-matplotlib, installed by scripts/setup).
"""

import json
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

MET, MISSED, NEUTRAL = "#4c9a5b", "#c8553d", "#5b7db1"


def bars(axis, labels, values, goal, title, markers=None, log=False):
    """Horizontal bars of ratios, green where they meet `goal`, red where not; `markers` (the CPU
    time ratios) drawn as black diamonds on the same rows."""
    colours = [NEUTRAL] * len(values) if goal is None else [MET if v <= goal else MISSED for v in values]
    positions = list(range(len(values)))
    axis.barh(positions, values, color=colours)
    axis.set_yticks(positions, labels)
    axis.invert_yaxis()
    ends = list(values)
    if markers:
        axis.scatter(markers, positions, marker="D", s=14, color="black", zorder=3, label="CPU time ratio")
        ends = [max(v, m) for v, m in zip(values, markers)]
    for position, value, end in zip(positions, values, ends):
        text = f"{value:.2f}×" if value < 10 else f"{value:.1f}×"
        if markers:
            text += f"  (CPU {markers[position]:.2f}×)"
        axis.text(end * (1.04 if log else 1.0), position, "  " + text, va="center", fontsize=8)
    if goal is not None:
        axis.axvline(goal, color="black", linestyle="--", linewidth=1, label=f"goal ≤ {goal}×")
    axis.axvline(1.0, color="grey", linewidth=0.8)
    axis.set_title(title, fontsize=10)
    if log:
        axis.set_xscale("log")
        axis.set_xlim(0.8, max(ends + [goal or 1]) * 4)
        ticks = [t for t in (1, 2, 3, 5, 10, 20, 50, 100) if t <= max(ends) * 4]
        axis.set_xticks(ticks, [f"{t:g}×" for t in ticks])
        axis.minorticks_off()
    else:
        axis.set_xlim(0, max(ends + [goal or 0]) * 1.45)
    if goal is not None or markers:
        axis.legend(loc="upper right", fontsize=8)


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as file:
        results = json.load(file)
    ratios, goals = results["ratios"], results["goals"]
    panels = []
    if ratios.get("start"):
        panels.append(("start", "Start-up ÷ floor: exec to exit after the first paint (log scale)"))
        panels.append(("rss", "Peak RSS ÷ floor"))
    other = []
    if ratios.get("cli") is not None:
        other.append(("CLI update ÷ curl", ratios["cli"], goals["cli"]))
    if ratios.get("fields") is not None:
        other.append(("start 1,000 ÷ 50 fields", ratios["fields"], goals["fields"]))
    swagger = ratios.get("swagger") or {}
    count = len(panels) + (1 if other else 0) + (1 if swagger else 0)
    if count == 0:
        print("plot.py: nothing to plot", file=sys.stderr)
        return 1
    figure, axes = plt.subplots(count, 1, figsize=(8, 2.2 + 0.32 * sum(
        len(ratios[key]) for key, _ in panels) + 1.2 * (count - len(panels))), squeeze=False)
    axes = [row[0] for row in axes]
    index = 0
    for key, title in panels:
        labels = list(ratios[key])
        # CPU time ratios as markers: less sensitive to what else the machine is doing.
        cpu = ratios.get(f"{key}_cpu") or {}
        markers = [cpu.get(label, float("nan")) for label in labels] if cpu else None
        bars(axes[index], labels, [ratios[key][label] for label in labels], goals[key], title, markers,
             log=(key == "start"))
        index += 1
    if other:
        axis = axes[index]
        values = [value for _, value, _ in other]
        colours = [MET if value <= goal else MISSED for _, value, goal in other]
        axis.barh(range(len(other)), values, color=colours)
        axis.set_yticks(range(len(other)), [label for label, _, _ in other])
        axis.invert_yaxis()
        for position, (_, value, goal) in enumerate(other):
            axis.plot([goal, goal], [position - 0.4, position + 0.4], color="black", linestyle="--", linewidth=1)
            axis.text(value, position, f" {value:.2f}× (goal ≤ {goal}×)", va="center", fontsize=8)
        axis.axvline(1.0, color="grey", linewidth=0.8)
        axis.set_xlim(0, max(values + [goal for _, _, goal in other]) * 1.6)
        axis.set_title("Command line and form size", fontsize=10)
        index += 1
    if swagger:
        labels = ["wall time", "memory: PSS ÷ peak RSS", "memory: RSS ÷ peak RSS"]
        values = [swagger["wall"], swagger["pss"], swagger["rss"]]
        bars(axes[index], labels, values, None, "Swagger UI in headless Chromium ÷ accountdesk (SoftwareOne spec)")
    environment = results.get("environment", {})
    figure.suptitle(f"Account Desk side by side — {environment.get('date', '')}, {environment.get('commit', '')}",
                    fontsize=10)
    figure.tight_layout()
    figure.savefig(target, dpi=110)
    return 0


if __name__ == "__main__":
    sys.exit(main())
