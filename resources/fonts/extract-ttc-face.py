#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copies one face out of an OpenType font collection (.ttc) into a stand-alone .otf file.

NotoSansCJKsc-Regular.otf in this folder was made with

    python3 extract-ttc-face.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
        "Noto Sans CJK SC" NotoSansCJKsc-Regular.otf

from Debian 12's fonts-noto-cjk 1:20220127+repack1-1 (Noto Sans CJK 2.004).

Why not bundle the .ttc itself: it holds ten faces (JP, KR, SC, TC, HK and their Mono variants)
that share one 15 MB glyph table. Registering it would add ten families to the application, and a
letter whose font request fell through to fontconfig's choice would get Japanese glyph shapes; the
single SC face is what the letters use and 3 MB smaller. The tables are copied byte for byte (the
face's own cmap, GSUB and metrics with the shared CFF outlines), so the result is the same font
Google publishes as NotoSansCJKsc-Regular.otf; only the file's checksum adjustment is recomputed.
The standard library is enough, so no font tool has to be installed.
"""

import struct
import sys


def read_name(data, table_offset, name_id):
    fmt, count, strings = struct.unpack(">HHH", data[table_offset:table_offset + 6])
    for i in range(count):
        record = table_offset + 6 + 12 * i
        platform, encoding, language, nid, length, offset = struct.unpack(">6H", data[record:record + 12])
        if platform == 3 and language == 0x409 and nid == name_id:
            start = table_offset + strings + offset
            return data[start:start + length].decode("utf-16-be")
    return None


def faces(data):
    if data[:4] != b"ttcf":
        raise SystemExit("not a font collection")
    count = struct.unpack(">I", data[8:12])[0]
    return struct.unpack(">%dI" % count, data[12:12 + 4 * count])


def tables(data, offset):
    version, count = struct.unpack(">IH", data[offset:offset + 6])
    result = []
    for i in range(count):
        entry = offset + 12 + 16 * i
        tag, checksum, table_offset, length = struct.unpack(">4sIII", data[entry:entry + 16])
        result.append((tag, checksum, table_offset, length))
    return version, result


def checksum(blob):
    blob = blob + b"\0" * (-len(blob) % 4)
    return sum(struct.unpack(">%dI" % (len(blob) // 4), blob)) & 0xFFFFFFFF


def extract(collection_path, family, out_path):
    data = open(collection_path, "rb").read()
    for face in faces(data):
        version, entries = tables(data, face)
        name = next(e for e in entries if e[0] == b"name")
        if read_name(data, name[2], 1) != family:
            continue
        entries.sort(key=lambda e: e[0])
        count = len(entries)
        power = 1
        while power * 2 <= count:
            power *= 2
        header = struct.pack(">IHHHH", version, count, power * 16, power.bit_length() - 1, count * 16 - power * 16)
        offset = 12 + 16 * count
        directory = b""
        body = b""
        head_at = None
        for tag, table_checksum, table_offset, length in entries:
            blob = data[table_offset:table_offset + length]
            if tag == b"head":
                head_at = offset
                # checkSumAdjustment is zero while the file's checksum is computed.
                blob = blob[:8] + b"\0\0\0\0" + blob[12:]
            directory += struct.pack(">4sIII", tag, table_checksum, offset, length)
            padded = blob + b"\0" * (-len(blob) % 4)
            body += padded
            offset += len(padded)
        font = bytearray(header + directory + body)
        adjustment = (0xB1B0AFBA - checksum(bytes(font))) & 0xFFFFFFFF
        font[head_at + 8:head_at + 12] = struct.pack(">I", adjustment)
        open(out_path, "wb").write(font)
        return
    raise SystemExit("no face named %r in %s" % (family, collection_path))


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    extract(sys.argv[1], sys.argv[2], sys.argv[3])
