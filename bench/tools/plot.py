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


def bars(axis, labels, values, goal, title, unit="×"):
    colours = [MET if goal is None or value <= goal else MISSED for value in values]
    if goal is None:
        colours = [NEUTRAL] * len(values)
    positions = range(len(values))
    axis.barh(positions, values, color=colours)
    axis.set_yticks(list(positions), labels)
    axis.invert_yaxis()
    for position, value in zip(positions, values):
        axis.text(value, position, f" {value:.2f}{unit}" if value < 10 else f" {value:.0f}{unit}",
                  va="center", fontsize=8)
    if goal is not None:
        axis.axvline(goal, color="black", linestyle="--", linewidth=1, label=f"goal ≤ {goal}×")
        axis.legend(loc="lower right", fontsize=8)
    axis.axvline(1.0, color="grey", linewidth=0.8)
    axis.set_title(title, fontsize=10)
    axis.set_xlim(0, max(values + [goal or 0]) * 1.25)


def main():
    source, target = sys.argv[1], sys.argv[2]
    with open(source, encoding="utf-8") as file:
        results = json.load(file)
    ratios, goals = results["ratios"], results["goals"]
    panels = []
    if ratios.get("start"):
        panels.append(("start", "Start-up ÷ floor (exec to exit after first paint)"))
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
        bars(axes[index], labels, [ratios[key][label] for label in labels], goals[key], title)
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
