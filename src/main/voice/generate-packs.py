#!/usr/bin/env python3
"""Generates the shipped voice packs with espeak-ng: Vietnamese (one Ogg Vorbis clip per word a call
or a closed kiosk's opening time can use, and the kiosk's spoken prompts) and English (the kiosk's
prompts only).

Run from the repository root:  python3 src/main/voice/generate-packs.py
Needs Debian's espeak-ng and vorbis-tools (apt-get install espeak-ng vorbis-tools). The clips land
in src/main/resources/voice/vi/ with the pack.json that lists them (served at /voice/vi/<word>.ogg)
and are committed. A center records its own voice by putting a file of the same name under
data/voice/vi/ (onedoor.voice.dir), which takes precedence: clips are named
by the word itself (NFC Unicode), e.g. "mời.ogg", "hai.ogg"; letters by the lower-case letter.
espeak-ng is robotic but clear; it is the placeholder until real recordings are made.
"""
import csv
import json
import math
import os
import struct
import subprocess
import tempfile
import unicodedata
import wave

PACKS = os.path.join("src", "main", "resources", "voice")
OUT = os.path.join(PACKS, "vi")

# espeak-ng voice, the pack's name in its own language, and the BCP 47 tag for speech synthesis
LANGUAGES = {"vi": ("vi", "Tiếng Việt", "vi-VN"), "en": ("en-gb", "English", "en-GB")}

# Keep in step with org.onedoor.center.DefaultPriorityGroups.
PRIORITY_GROUPS = {
    "ELDERLY": ("Người cao tuổi", "Elderly"),
    "DISABILITY": ("Người khuyết tật", "People with disabilities"),
    "PREGNANT": ("Phụ nữ mang thai", "Pregnant women"),
    "CHILD": ("Người đi cùng trẻ nhỏ", "With a small child"),
    "MERIT": ("Người có công với cách mạng", "People with meritorious service"),
}

# Keep in step with org.onedoor.floor.voice.Announcement and VietnameseNumbers (VoicePackTest checks).
WORDS = ["xin", "mời", "công", "dân", "có", "số", "đến", "quầy",
         "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín",
         "mười", "mươi", "mốt", "tư", "lăm", "trăm", "linh", "nghìn"]

# The words a closed kiosk needs to say when the center opens again, beyond the numbers'.
# Keep in step with org.onedoor.floor.voice.VietnameseTimes.WORDS (VoicePackTest checks).
TIME_WORDS = ["giờ", "phút", "thứ", "chủ", "nhật", "ngày", "tháng"]

# How a letter of a ticket prefix is read aloud in Vietnamese.
LETTERS = {"a": "a", "b": "bê", "c": "xê", "d": "dê", "e": "e", "f": "ép", "g": "giê", "h": "hát",
           "i": "i", "j": "gi", "k": "ca", "l": "e lờ", "m": "em mờ", "n": "en nờ", "o": "o", "p": "pê",
           "q": "quy", "r": "e rờ", "s": "ét xì", "t": "tê", "u": "u", "v": "vê", "w": "vê kép",
           "x": "ích xì", "y": "i dài", "z": "dét"}


def speak(text, name, language="vi"):
    path = os.path.join(PACKS, language, unicodedata.normalize("NFC", name) + ".ogg")
    with tempfile.NamedTemporaryFile(suffix=".wav") as wav:
        subprocess.run(["espeak-ng", "-v", LANGUAGES[language][0], "-s", "140", "-w", wav.name, text], check=True)
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


def kiosk_prompts(language):
    """The kiosk's spoken prompts (say.* in its message bundle), the demo fields and priority groups."""
    with open(os.path.join("kiosk-ui", "messages", language + ".json"), encoding="utf-8") as f:
        for key, text in json.load(f).items():
            if key.startswith("say."):
                speak(text, key, language)
    with open(os.path.join("src", "main", "resources", "demo", "fields.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            speak(row["name_" + language], "field." + row["code"], language)
    for code, names in PRIORITY_GROUPS.items():
        speak(names[0 if language == "vi" else 1], "priority." + code, language)


def describe(language):
    out = os.path.join(PACKS, language)
    clips = sorted(f for f in os.listdir(out) if f.endswith(".ogg"))
    _, name, speech = LANGUAGES[language]
    with open(os.path.join(out, "pack.json"), "w", encoding="utf-8") as f:
        json.dump({"language": language, "name": name, "speech": speech, "clips": clips}, f,
                  ensure_ascii=False, indent=1)
    print(f"{len(clips)} clips in {out}")


def main():
    for language in LANGUAGES:
        os.makedirs(os.path.join(PACKS, language), exist_ok=True)
    for word in WORDS + TIME_WORDS:
        speak(word, word)
    for letter, said in LETTERS.items():
        speak(said, letter)
    chime()
    for language in LANGUAGES:
        kiosk_prompts(language)
        describe(language)


if __name__ == "__main__":
    main()
