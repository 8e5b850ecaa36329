// An ONNX model's metadata_props (ModelProto field 14), read without loading the model, and appended to it:
// a repeated protobuf field may follow the rest of the message, so appending entries is valid protobuf
// (https://protobuf.dev/programming-guides/encoding/#last-one-wins). sherpa-onnx reads these to know a model.

import { appendFile, open } from 'node:fs/promises';

const METADATA_PROPS = 14;

/** Read a varint at `at` in `bytes`; [value, next offset], or undefined when it runs past the end. */
function varint(bytes: Uint8Array, at: number): [number, number] | undefined {
  let value = 0;
  let scale = 1;
  for (let i = at; i < bytes.length && i < at + 10; i++) {
    const byte = bytes[i]!;
    value += (byte & 0x7f) * scale;
    scale *= 128;
    if ((byte & 0x80) === 0) return [value, i + 1];
  }
  return undefined;
}

function encodeVarint(value: number): number[] {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 128) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return out;
}

function decodeEntry(bytes: Uint8Array): [string, string] {
  let key = '';
  let value = '';
  let at = 0;
  const text = new TextDecoder();
  while (at < bytes.length) {
    const tag = varint(bytes, at);
    if (!tag) break;
    const length = varint(bytes, tag[1]);
    if (!length || (tag[0] & 7) !== 2) break;
    const chunk = bytes.subarray(length[1], length[1] + length[0]);
    if (tag[0] >> 3 === 1) key = text.decode(chunk);
    if (tag[0] >> 3 === 2) value = text.decode(chunk);
    at = length[1] + length[0];
  }
  return [key, value];
}

/** The metadata_props of the ONNX model at `file` (top-level fields are skipped by their lengths, not read). */
export async function readOnnxMetadata(file: string): Promise<Record<string, string>> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const head = new Uint8Array(16);
    const meta: Record<string, string> = {};
    let at = 0;
    while (at < size) {
      const { bytesRead } = await handle.read(head, 0, head.length, at);
      const view = head.subarray(0, bytesRead);
      const tag = varint(view, 0);
      if (!tag) throw new Error(`not an ONNX model (bad field at byte ${at})`);
      const wire = tag[0] & 7;
      const field = tag[0] >> 3;
      if (wire === 0) {
        const value = varint(view, tag[1]);
        if (!value) throw new Error(`not an ONNX model (bad varint at byte ${at})`);
        at += value[1];
      } else if (wire === 1) at += tag[1] + 8;
      else if (wire === 5) at += tag[1] + 4;
      else if (wire === 2) {
        const length = varint(view, tag[1]);
        if (!length || at + length[1] + length[0] > size) throw new Error(`not an ONNX model (field ${field} runs past the end)`);
        if (field === METADATA_PROPS) {
          const entry = new Uint8Array(length[0]);
          await handle.read(entry, 0, entry.length, at + length[1]);
          const [key, value] = decodeEntry(entry);
          meta[key] = value;
        }
        at += length[1] + length[0];
      } else throw new Error(`not an ONNX model (wire type ${wire} at byte ${at})`);
    }
    return meta;
  } finally {
    await handle.close();
  }
}

/** Append `entries` to the model's metadata_props (a later entry of a key wins where readers keep the last). */
export async function appendOnnxMetadata(file: string, entries: Record<string, string | number>): Promise<void> {
  const out: number[] = [];
  const text = new TextEncoder();
  for (const [key, raw] of Object.entries(entries)) {
    const k = text.encode(key);
    const v = text.encode(String(raw));
    const body = [0x0a, ...encodeVarint(k.length), ...k, 0x12, ...encodeVarint(v.length), ...v];
    out.push((METADATA_PROPS << 3) | 2, ...encodeVarint(body.length), ...body);
  }
  await appendFile(file, Uint8Array.from(out));
}
