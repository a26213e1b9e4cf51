#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Copies one face out of an OpenType font collection (.ttc) into a stand-alone .otf file,
optionally taking ranges of code points out of its character map.

NotoSansCJKsc-Regular.otf in this folder was made with

    python3 extract-ttc-face.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \
        "Noto Sans CJK SC" NotoSansCJKsc-Regular.otf --unmap 2E80-2FDF

from Debian 12's fonts-noto-cjk 1:20220127+repack1-1 (Noto Sans CJK 2.004).

Why --unmap 2E80-2FDF: the CJK radicals (U+2E80-2EFF, Kangxi U+2F00-2FDF) share their glyphs with
the ideographs they look like (U+2F08 KANGXI RADICAL MAN is drawn with the glyph of 人 U+4EBA).
Qt's PDF engine writes each glyph's text (ToUnicode) as the lowest code point that maps to it, so a
Chinese letter set in the unchanged font is searched and copied as radicals: 页 comes out as U+2EDA.
Without the radicals in the character map the glyphs map back to the ideographs. A radical typed
into a letter is then reported by the app's glyph check as a character it cannot print, instead of
being printed as text no one can find. The glyphs themselves are untouched.

Why not bundle the .ttc itself: it holds ten faces (JP, KR, SC, TC, HK and their Mono variants)
that share one 15 MB glyph table. Registering it would add ten families to the application, and a
letter whose font request fell through to fontconfig's choice would get Japanese glyph shapes; the
single SC face is what the letters use and 3 MB smaller. The tables are copied byte for byte (the
face's own cmap, GSUB and metrics with the shared CFF outlines), as in the NotoSansCJKsc-Regular.otf
Google publishes; only the character map (with --unmap) and the file's checksum adjustment change.
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


def in_ranges(code, ranges):
    return any(first <= code <= last for first, last in ranges)


def unmapped_cmap(cmap, ranges):
    """The cmap table with the code points of @p ranges mapped to no glyph. Format 4 segments that
    map through glyphIdArray get those entries zeroed in place; format 12 groups are cut around the
    ranges; other subtables (format 14 variation sequences, the Mac format 6) are kept as they are."""
    version, count = struct.unpack(">HH", cmap[:4])
    records = [struct.unpack(">HHI", cmap[4 + 8 * i:12 + 8 * i]) for i in range(count)]
    subtables = {}
    for platform, encoding, offset in records:
        if offset in subtables:
            continue
        fmt = struct.unpack(">H", cmap[offset:offset + 2])[0]
        if fmt == 4:
            length = struct.unpack(">H", cmap[offset + 2:offset + 4])[0]
            table = bytearray(cmap[offset:offset + length])
            segments = struct.unpack(">H", table[6:8])[0] // 2
            ends = struct.unpack(">%dH" % segments, table[14:14 + 2 * segments])
            starts = struct.unpack(">%dH" % segments, table[16 + 2 * segments:16 + 4 * segments])
            range_offsets_at = 16 + 6 * segments
            for k in range(segments):
                range_offset = struct.unpack(">H", table[range_offsets_at + 2 * k:range_offsets_at + 2 * k + 2])[0]
                for code in range(starts[k], ends[k] + 1):
                    if code == 0xFFFF or not in_ranges(code, ranges):
                        continue
                    if range_offset == 0:
                        raise SystemExit("U+%04X is mapped by delta; only glyphIdArray entries can be unmapped" % code)
                    at = range_offsets_at + 2 * k + range_offset + 2 * (code - starts[k])
                    table[at:at + 2] = b"\0\0"
            subtables[offset] = bytes(table)
        elif fmt == 12:
            length, language, groups = struct.unpack(">III", cmap[offset + 4:offset + 16])
            kept = []
            for g in range(groups):
                first, last, glyph = struct.unpack(">III", cmap[offset + 16 + 12 * g:offset + 28 + 12 * g])
                code = first
                while code <= last:
                    if in_ranges(code, ranges):
                        code += 1
                        continue
                    run_end = code
                    while run_end + 1 <= last and not in_ranges(run_end + 1, ranges):
                        run_end += 1
                    kept.append((code, run_end, glyph + (code - first)))
                    code = run_end + 1
            body = b"".join(struct.pack(">III", *group) for group in kept)
            subtables[offset] = struct.pack(">HHIII", 12, 0, 16 + len(body), language, len(kept)) + body
        else:
            length = struct.unpack(">I", cmap[offset + 2:offset + 6])[0] if fmt == 14 else \
                struct.unpack(">H", cmap[offset + 2:offset + 4])[0]
            subtables[offset] = cmap[offset:offset + length]
    out = bytearray(struct.pack(">HH", version, count))
    place = {}
    position = 4 + 8 * count
    for offset in sorted(subtables):
        place[offset] = position
        position += len(subtables[offset])
    for platform, encoding, offset in records:
        out += struct.pack(">HHI", platform, encoding, place[offset])
    for offset in sorted(subtables):
        out += subtables[offset]
    return bytes(out)


def extract(collection_path, family, out_path, unmap=()):
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
            if tag == b"cmap" and unmap:
                blob = unmapped_cmap(blob, unmap)
                length = len(blob)
                table_checksum = checksum(blob)
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
    arguments = sys.argv[1:]
    ranges = []
    while "--unmap" in arguments:
        at = arguments.index("--unmap")
        first, last = arguments[at + 1].split("-")
        ranges.append((int(first, 16), int(last, 16)))
        del arguments[at:at + 2]
    if len(arguments) != 3:
        raise SystemExit(__doc__)
    extract(arguments[0], arguments[1], arguments[2], ranges)
