#!/usr/bin/env python3
"""Generates the default Vietnamese voice pack: one Ogg Vorbis clip per word a call can use.

Run from the repository root:  python3 src/main/voice/generate-vi-pack.py
Needs Debian's espeak-ng and vorbis-tools (apt-get install espeak-ng vorbis-tools). The clips land
in src/main/resources/voice/vi/ with the pack.json that lists them (served at /voice/vi/<word>.ogg)
and are committed. A center records its own voice by putting a file of the same name under
data/voice/vi/ (onedoor.voice.dir), which takes precedence: clips are named
by the word itself (NFC Unicode), e.g. "mời.ogg", "hai.ogg"; letters by the lower-case letter.
espeak-ng is robotic but clear; it is the placeholder until real recordings are made.
"""
import json
import math
import os
import struct
import subprocess
import tempfile
import unicodedata
import wave

OUT = os.path.join("src", "main", "resources", "voice", "vi")

# Keep in step with org.onedoor.floor.voice.Announcement and VietnameseNumbers (VoicePackTest checks).
WORDS = ["xin", "mời", "công", "dân", "có", "số", "đến", "quầy",
         "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
         "mười", "mươi", "mốt", "tư", "lăm", "trăm", "linh", "nghìn"]

# How a letter of a ticket prefix is read aloud in Vietnamese.
LETTERS = {"a": "a", "b": "bê", "c": "xê", "d": "dê", "e": "e", "f": "ép", "g": "giê", "h": "hát",
           "i": "i", "j": "gi", "k": "ca", "l": "e lờ", "m": "em mờ", "n": "en nờ", "o": "o", "p": "pê",
           "q": "quy", "r": "e rờ", "s": "ét xì", "t": "tê", "u": "u", "v": "vê", "w": "vê kép",
           "x": "ích xì", "y": "i dài", "z": "dét"}


def speak(text, name):
    path = os.path.join(OUT, unicodedata.normalize("NFC", name) + ".ogg")
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", "vi", "-s", "140", "-w", wav.name, text], check=True)
        subprocess.run(["oggenc", "-Q", "-q", "2", "-o", path, wav.name], check=True)


def chime():
    """Two soft bell tones: the hall looks up before the words start."""
    rate = 22050
    frames = bytearray()
    total = int(rate * 1.3)
    for i in range(total):
        t = i / rate
        v = 0.0
        for freq, start in ((880.0, 0.0), (660.0, 0.35)):
            if t >= start:
                v += math.sin(2 * math.pi * freq * (t - start)) * math.exp(-3.5 * (t - start))
        frames += struct.pack("<h", int(max(-1.0, min(1.0, v * 0.45)) * 32767))
    with tempfile.NamedTemporaryFile(suffix=".wav") as tmp:
        with wave.open(tmp.name, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(rate)
            w.writeframes(bytes(frames))
        subprocess.run(["oggenc", "-Q", "-q", "2", "-o", os.path.join(OUT, "_chime.ogg"), tmp.name], check=True)


def main():
    os.makedirs(OUT, exist_ok=True)
    for word in WORDS:
        speak(word, word)
    for letter, said in LETTERS.items():
        speak(said, letter)
    chime()
    clips = sorted(f for f in os.listdir(OUT) if f.endswith(".ogg"))
    with open(os.path.join(OUT, "pack.json"), "w", encoding="utf-8") as out:
        json.dump({"language": "vi", "name": "Tiếng Việt", "speech": "vi-VN", "clips": clips}, out,
                  ensure_ascii=False, indent=1)
    print(f"{len(clips)} clips in {OUT}")


if __name__ == "__main__":
    main()
