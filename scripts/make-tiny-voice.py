#!/usr/bin/python3
"""Build tiny voice models of the same shape as the real Piper (VITS) and Kokoro models sherpa-onnx runs.

Run it with Debian's python (`/usr/bin/python3`, which has python3-onnx); tests call it through
test/helpers/tiny-voice.ts, which also copies espeak-ng-data and packs the archives.

    /usr/bin/python3 scripts/make-tiny-voice.py piper  --out DIR --name en_US-tiny-x_low [--raw] [--speakers N]
    /usr/bin/python3 scripts/make-tiny-voice.py kokoro --out DIR [--speakers N]

The models have no weights worth the name (a few KB): they answer with a sine tone whose length is
HOP samples per input token times length_scale (Piper) or divided by speed (Kokoro), so a longer text
gives a longer clip and a faster rate a shorter one, exactly the way the real models' duration follows
their input and speed control. The tone's pitch follows the speaker (sid / style vector), so speakers differ.

What the real models look like, and where that was read (k2-fsa/sherpa-onnx, master of 2026-08-07):

Piper (VITS), sherpa-onnx archive `vits-piper-<name>/`: `<name>.onnx`, `tokens.txt`, `espeak-ng-data/`.
  inputs   input          int64   [1, phonemes]   phoneme ids (bos ^, pad _ between, eos $)
           input_lengths  int64   [1]
           scales         float32 [3]             noise_scale, length_scale, noise_scale_w
           sid            int64   [1]             only when n_speakers > 1
  output   output         float32 [1, 1, time]    (sherpa multiplies every dim: (1,1,T), (1,T), (T) all work)
  metadata (scripts/piper/add_meta_data.py): model_type=vits, comment=piper (REQUIRED: selects the
           Piper input layout), language=English, voice=en-us (the espeak-ng voice), version=1,
           has_espeak=1, has_g2pw=0, n_speakers, sample_rate.
           sherpa-onnx/csrc/offline-tts-vits-model.cc reads sample_rate, n_speakers, language and comment
           without default: a model lacking one makes the native code exit the process.
  tokens.txt: `<symbol> <id>` per line from the .onnx.json's phoneme_id_map (a bare id line is the space);
           piper-phonemize-lexicon.cc needs `_`, `^` and `$` (std::map::at, else the process aborts).
  Raw rhasspy/piper-voices pair: `<name>.onnx` (no sherpa metadata) + `<name>.onnx.json` with audio.sample_rate,
           espeak.voice, num_speakers, speaker_id_map, phoneme_id_map (symbol -> [id]), inference
           {noise_scale, length_scale, noise_w}, language.code, phoneme_type=espeak. Piper's own exporter
           (rhasspy/piper src/python/piper_train/export_onnx.py) names the tensors as above.

Kokoro, sherpa-onnx archive `kokoro-en-v0_19/` (or kokoro-multi-lang-*): model.onnx, voices.bin, tokens.txt, espeak-ng-data/.
  inputs   tokens  int64   [1, sequence_length]   ids with a 0 at the front and the end
           style   float32 [1, style_dim[2]]      row `len(tokens)-2` of the speaker's block in voices.bin
           speed   float32 [1]
  output   audio   float32 [audio_length]
  (scripts/kokoro/v1.0/export_onnx.py: input_names tokens/style/speed, output_names audio.)
  metadata (scripts/kokoro/v1.0/add_meta_data.py; offline-tts-kokoro-model.cc): model_type=kokoro, language,
           has_espeak=1 (required), sample_rate=24000 (required), version (1 = English via espeak-ng only;
           >= 2 = multi-lang, which then REQUIRES lexicon files), voice=en-us, style_dim="510,1,256" (required;
           3-d with [1] == 1), n_speakers (required), speaker_names (comma-joined, id order).
  voices.bin: float32 raw, exactly style_dim[0] * style_dim[2] * n_speakers floats, else the process exits
           ("Corrupted --kokoro-voices"). style_dim[0] is also the longest token chunk.
  The tiny model keeps those names, dtypes and keys but a smaller style_dim (64,1,4), so voices.bin is 1 KB a speaker.
"""

import argparse
import json
import math
import os
import struct

import onnx
from onnx import TensorProto, helper

OPSET = 13
HOP = 256  # output samples per input token at length_scale 1 / speed 1

# Piper's phoneme_id_map layout (pad, bos, eos, space, punctuation, letters, IPA), as in en_US voices.
SYMBOLS = (
    ["_", "^", "$", " ", "!", "'", "(", ")", ",", "-", ".", ":", ";", "?"]
    + [chr(c) for c in range(ord("a"), ord("z") + 1)]
    + list("æçðøħŋœǀǁǂǃɐɑɒɓɔɕɖɗɘəɚɛɜɞɟɠɡɢɣɤɥɦɧɨɪɫɬɭɮɯɰɱɲɳɴɵɶɸɹɺɻɽɾʀʁʂʃʄʈʉʊʋʌʍʎʏʐʑʒʔʕʘʙʛʜʝʟʡʢʲˈˌːˑ˞βθχᵻⱱ")
    + ["\u0303", "\u0327", "\u0329", "\u032a", "\u032f", "\u033a", "\u033b", "\u02b0", "\u02e4", "\u2191", "\u2193", "\u2197", "\u2198"]
)


def const(name, values, dtype=TensorProto.FLOAT, dims=None):
    dims = [len(values)] if dims is None else dims
    return helper.make_node("Constant", [], [name], value=helper.make_tensor(name + "_v", dtype, dims, values))


def tone_nodes(length_f, freq, out_name, out_shape):
    """Nodes turning a [1] float length (samples) and a [1] float frequency into a sine wave named out_name."""
    return [
        helper.make_node("Floor", [length_f], ["len_floor"]),
        helper.make_node("Cast", ["len_floor"], ["len_i64"], to=TensorProto.INT64),
        const("axes0", [0], TensorProto.INT64),
        helper.make_node("Squeeze", ["len_i64", "axes0"], ["len_scalar"]),
        const("zero", [0], TensorProto.INT64, dims=[]),
        const("one", [1], TensorProto.INT64, dims=[]),
        helper.make_node("Range", ["zero", "len_scalar", "one"], ["t_i64"]),
        helper.make_node("Cast", ["t_i64"], ["t"], to=TensorProto.FLOAT),
        const("two_pi_over_sr", [2 * math.pi / 22050.0]),
        helper.make_node("Mul", [freq, "two_pi_over_sr"], ["omega"]),
        helper.make_node("Mul", ["t", "omega"], ["phase"]),
        helper.make_node("Sin", ["phase"], ["sine"]),
        const("amp", [0.3]),
        helper.make_node("Mul", ["sine", "amp"], ["wave"]),
        const("out_shape", out_shape, TensorProto.INT64),
        helper.make_node("Reshape", ["wave", "out_shape"], [out_name]),
    ]


def piper_graph(speakers):
    nodes = [
        helper.make_node("Cast", ["input_lengths"], ["len_f"], to=TensorProto.FLOAT),
        const("idx1", [1], TensorProto.INT64),
        const("idx2", [2], TensorProto.INT64),
        helper.make_node("Slice", ["scales", "idx1", "idx2"], ["length_scale"]),
        const("hop", [float(HOP)]),
        helper.make_node("Mul", ["len_f", "length_scale"], ["frames"]),
        helper.make_node("Mul", ["frames", "hop"], ["samples_f"]),
    ]
    inputs = [
        helper.make_tensor_value_info("input", TensorProto.INT64, [1, "phonemes"]),
        helper.make_tensor_value_info("input_lengths", TensorProto.INT64, [1]),
        helper.make_tensor_value_info("scales", TensorProto.FLOAT, [3]),
    ]
    if speakers > 1:
        inputs.append(helper.make_tensor_value_info("sid", TensorProto.INT64, [1]))
        nodes += [
            helper.make_node("Cast", ["sid"], ["sid_f"], to=TensorProto.FLOAT),
            const("step", [40.0]),
            const("base", [220.0]),
            helper.make_node("Mul", ["sid_f", "step"], ["sid_hz"]),
            helper.make_node("Add", ["sid_hz", "base"], ["freq"]),
        ]
    else:
        nodes.append(const("freq", [220.0]))
    nodes += tone_nodes("samples_f", "freq", "output", [1, 1, -1])
    output = helper.make_tensor_value_info("output", TensorProto.FLOAT, [1, 1, "time"])
    return helper.make_graph(nodes, "tiny-piper", inputs, [output])


def kokoro_graph(style_width):
    nodes = [
        helper.make_node("Shape", ["tokens"], ["tokens_shape"]),
        const("idx1", [1], TensorProto.INT64),
        const("idx2", [2], TensorProto.INT64),
        helper.make_node("Slice", ["tokens_shape", "idx1", "idx2"], ["count"]),
        helper.make_node("Cast", ["count"], ["count_f"], to=TensorProto.FLOAT),
        const("hop", [float(HOP)]),
        helper.make_node("Mul", ["count_f", "hop"], ["frames"]),
        helper.make_node("Div", ["frames", "speed"], ["samples_f"]),
        helper.make_node("ReduceMean", ["style"], ["style_mean"], axes=[0, 1], keepdims=0),
        const("step", [40.0]),
        const("base", [220.0]),
        helper.make_node("Mul", ["style_mean", "step"], ["style_hz"]),
        helper.make_node("Add", ["style_hz", "base"], ["freq"]),
    ]
    nodes += tone_nodes("samples_f", "freq", "audio", [-1])
    inputs = [
        helper.make_tensor_value_info("tokens", TensorProto.INT64, [1, "sequence_length"]),
        helper.make_tensor_value_info("style", TensorProto.FLOAT, [1, style_width]),
        helper.make_tensor_value_info("speed", TensorProto.FLOAT, [1]),
    ]
    output = helper.make_tensor_value_info("audio", TensorProto.FLOAT, ["audio_length"])
    return helper.make_graph(nodes, "tiny-kokoro", inputs, [output])


def save(graph, path, metadata):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="voiceover-tiny-voice")
    model.ir_version = 8
    for key, value in metadata.items():
        prop = model.metadata_props.add()
        prop.key, prop.value = key, str(value)
    onnx.checker.check_model(model)
    onnx.save(model, path)


def write_tokens(path):
    with open(path, "w", encoding="utf-8") as f:
        for i, symbol in enumerate(SYMBOLS):
            f.write(f"{symbol} {i}\n")


def make_piper(out, name, raw, speakers, sample_rate, voice="en-us"):
    model = os.path.join(out, f"{name}.onnx")
    metadata = {} if raw else {
        "model_type": "vits", "comment": "piper", "language": "English", "voice": voice, "version": 1,
        "has_espeak": 1, "has_g2pw": 0, "n_speakers": speakers, "sample_rate": sample_rate,
    }
    save(piper_graph(speakers), model, metadata)
    if raw:
        config = {
            "audio": {"sample_rate": sample_rate, "quality": "x_low"},
            "espeak": {"voice": voice},
            "language": {"code": "en_US", "family": "en", "region": "US", "name_english": "English"},
            "inference": {"noise_scale": 0.667, "length_scale": 1, "noise_w": 0.8},
            "phoneme_type": "espeak",
            "num_symbols": len(SYMBOLS),
            "num_speakers": speakers,
            "speaker_id_map": {f"speaker_{i}": i for i in range(speakers)} if speakers > 1 else {},
            "phoneme_id_map": {symbol: [i] for i, symbol in enumerate(SYMBOLS)},
            "dataset": name,
        }
        with open(model + ".json", "w", encoding="utf-8") as f:
            json.dump(config, f, ensure_ascii=False, indent=2)
    else:
        write_tokens(os.path.join(out, "tokens.txt"))


def make_kokoro(out, speakers, voice="en-us", style_rows=64, style_width=4):
    names = [f"{'af' if i % 2 == 0 else 'am'}_tiny{i}" for i in range(speakers)]
    save(kokoro_graph(style_width), os.path.join(out, "model.onnx"), {
        "model_type": "kokoro", "language": "English", "has_espeak": 1, "sample_rate": 24000, "version": 1,
        "voice": voice, "style_dim": f"{style_rows},1,{style_width}", "n_speakers": speakers,
        "speaker_names": ",".join(names), "comment": "tiny test model of the Kokoro shape (voiceover)",
    })
    with open(os.path.join(out, "voices.bin"), "wb") as f:
        for speaker in range(speakers):  # every value of speaker i is i: pitch 220 + 40 i Hz
            f.write(struct.pack(f"<{style_rows * style_width}f", *([float(speaker)] * (style_rows * style_width))))
    with open(os.path.join(out, "tokens.txt"), "w", encoding="utf-8") as f:
        f.write("$ 0\n")
        for i, symbol in enumerate(s for s in SYMBOLS if s != "$"):
            f.write(f"{symbol} {i + 1}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=["piper", "kokoro"])
    parser.add_argument("--out", required=True, help="folder to write into (created)")
    parser.add_argument("--name", default="en_US-tiny-x_low", help="Piper voice name (file stem)")
    parser.add_argument("--raw", action="store_true", help="Piper: rhasspy's .onnx + .onnx.json, no sherpa metadata")
    parser.add_argument("--speakers", type=int, default=1)
    parser.add_argument("--sample-rate", type=int, default=22050)
    parser.add_argument("--voice", default="en-us", help="the espeak-ng voice in the metadata (a wrong one crashes generate())")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.kind == "piper":
        make_piper(args.out, args.name, args.raw, args.speakers, args.sample_rate, args.voice)
    else:
        make_kokoro(args.out, args.speakers, args.voice)


if __name__ == "__main__":
    main()
