"""Executes notebooks and writes every figure they draw to PNG files, to look at them as a reader would:
python render_figures.py OUTDIR notebooks/*.ipynb (writes OUTDIR/<notebook>-<cell>-<n>.png)."""

import base64
import sys
from pathlib import Path

import nbclient
import nbformat

out = Path(sys.argv[1])
out.mkdir(parents=True, exist_ok=True)
for path in map(Path, sys.argv[2:]):
    nb = nbformat.read(path, as_version=4)
    nbclient.NotebookClient(nb, timeout=300, resources={"metadata": {"path": str(path.parent)}}).execute()
    for i, cell in enumerate(nb.cells):
        pngs = [o["data"]["image/png"] for o in cell.get("outputs", []) if "image/png" in o.get("data", {})]
        for n, png in enumerate(pngs):
            target = out / f"{path.stem}-{i:02d}-{n}.png"
            target.write_bytes(base64.b64decode(png))
            print(target)
