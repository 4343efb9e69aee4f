#!/usr/bin/python3
# Every input of every provider's form, and of the Import, Preferences and Bulk edit dialogs, has an
# accessible name, checked from outside the process the way a screen reader meets the window (AT-SPI). Usage: names.py <accountdesk> [provider...]
# Run inside a D-Bus session with the AT-SPI bus and an X server: tests/accessibility/run does that.
import os
import subprocess
import sys
import time

import pyatspi

INPUT_ROLES = {"text", "combo box", "check box", "spin button", "push button", "toggle button",
               "radio button", "list", "table", "slider", "password text", "entry"}


def find_app(pid, timeout=20):
    """The application on the accessibility bus that is the process `pid` (a window of an earlier
    run may still be listed for a moment)."""
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            child = desktop.getChildAtIndex(i)
            try:
                if child is not None and child.get_process_id() == pid:
                    return child
            except Exception:
                continue
        time.sleep(0.2)
    return None


def walk(node, path=()):
    try:
        role = node.getRoleName()
        name = node.name or ""
        state = node.getState()
        count = node.childCount
    except Exception:
        return
    yield node, role, name, state, path
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from walk(child, path + (f"{role}:{name}"[:40],))


def label_of(node):
    """The text of the label a screen reader says for `node` (its "labelled by" relation), or ""."""
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    target = relation.getTarget(i)
                    if target is not None and (target.name or "").strip():
                        return target.name
    except Exception:
        pass
    return ""


def inputs_of(app):
    found = []
    for node, role, name, state, path in walk(app):
        if role in INPUT_ROLES and state.contains(pyatspi.STATE_SHOWING):
            found.append((node, role, name, path))
    return found


def settled_inputs(app, timeout=20):
    """The inputs once their number stops growing: the rows below the first screen are built right
    after the first paint."""
    end = time.time() + timeout
    previous = -1
    found = []
    while time.time() < end:
        found = inputs_of(app)
        if len(found) == previous and previous > 0:
            return found
        previous = len(found)
        time.sleep(0.5)
    return found


def unnamed(found, where_prefix):
    failures = []
    for node, role, name, path in found:
        where = " > ".join(path[-3:])
        # Qt names a combo box on Linux by its current text; a screen reader says its label
        # through the "labelled by" relation, which must be there and say something.
        if role == "combo box":
            if not label_of(node):
                failures.append(f"{where_prefix}: combo box '{name}' has no label: {where}")
        elif not name.strip():
            failures.append(f"{where_prefix}: unnamed {role} at {where}")
    return failures


def dialog_of(app, title, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        for node, role, name, state, path in walk(app):
            if role == "dialog" and name.startswith(title):
                return node
        time.sleep(0.3)
    return None


def check_dialogs(app, pid):
    """Opens each dialog of the menus by its shortcut, as an operator would, and checks its inputs."""
    failures = []
    window = subprocess.run(["xdotool", "search", "--sync", "--pid", str(pid), "--name", "Account Desk"],
                            capture_output=True, text=True, timeout=20).stdout.split()
    if not window:
        return ["the main window was not found on the X server"]
    for keys, title in (("ctrl+i", "Import OpenAPI"), ("ctrl+comma", "Preferences"), ("ctrl+b", "Bulk edit")):
        subprocess.run(["xdotool", "windowfocus", "--sync", window[0], "key", keys], timeout=20)
        dialog = dialog_of(app, title)
        if dialog is None:
            failures.append(f"{title}: the dialog did not open with {keys}")
            continue
        found = [(node, role, name, path) for node, role, name, state, path in walk(dialog)
                 if role in INPUT_ROLES and state.contains(pyatspi.STATE_SHOWING)]
        print(f"{title}: {len(found)} inputs checked", flush=True)
        failures += unnamed(found, title)
        if len(found) < 3:
            failures.append(f"{title}: only {len(found)} inputs found")
        subprocess.run(["xdotool", "key", "Escape"], timeout=20)
        time.sleep(0.5)
    return failures


def main():
    app_path, providers = sys.argv[1], sys.argv[2:] or ["sequence", "softwareone", "quiva", "zephr", "pismo"]
    env = dict(os.environ, QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1")
    failures = []
    for provider in providers:
        process = subprocess.Popen([app_path, "--provider", provider], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            app = find_app(process.pid)
            if app is None:
                failures.append(f"{provider}: the window never appeared on the accessibility bus")
                continue
            found = settled_inputs(app)
            inputs = len(found)
            failures += unnamed(found, provider)
            print(f"{provider}: {inputs} inputs checked", flush=True)
            if inputs < 10:
                failures.append(f"{provider}: only {inputs} inputs found: the tree was not read")
            if provider == providers[0]:
                failures += check_dialogs(app, process.pid)
        finally:
            process.terminate()
            process.wait(timeout=10)
    for failure in failures:
        print("FAIL", failure)
    if not failures:
        print(f"accessibility: every input of {len(providers)} forms is named")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
