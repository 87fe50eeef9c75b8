#!/usr/bin/env bash
# make_demo_audio.sh - DEV TOOL ONLY. QA Workbench never runs this script.
#
# It regenerates the call recordings of the bundled demo queue and keeps the
# call timings in demo.jsonl in sync with them:
#   1. reads every "channel":"call" conversation from demo.jsonl (the transcript
#      text there is the source of truth; TTS[] below may override what is
#      *spoken*, e.g. to read phone numbers digit by digit),
#   2. synthesizes each turn with espeak-ng (agent and customer get different
#      voices/pitch), trims the clip's leading/trailing silence and converts it
#      to 8 kHz / 16-bit,
#   3. measures each clip exactly (soxi -s, sample count) and lays the turns out
#      with small gaps (PAUSE[] adds deliberate dead air before a turn),
#   4. writes audio/<call>.wav: mono, or stereo when the conversation has
#      "audio_channels" (agent and customer each on their own channel),
#   5. writes the real layout back into demo.jsonl: turns[].start_ms/end_ms and
#      duration_s of each call (chat lines are left as they are).
#
# Re-runnable: output files are overwritten, demo.jsonl is rewritten in place
# (jq -c; compact JSON, key order preserved).  Set KEEP_TIMINGS=/some/file.json
# to also keep the intermediate timings file.
#
# Needs: espeak-ng, sox (+ libsox-fmt-all), jq
#   apt-get install -y espeak-ng sox libsox-fmt-all jq
#
# Voices: "cmn-latn-pinyin" is used for Mandarin on purpose: with the Debian
# espeak-ng data the plain "cmn" voice reads many hanzi as English-spelled
# pinyin, the pinyin variant reads them correctly (also Traditional hanzi).
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
MANIFEST="$HERE/demo.jsonl"
RATE=8000                 # telephony sample rate
SPMS=$((RATE / 1000))     # samples per millisecond
LEAD_MS=500               # silence before the first turn
TAIL_MS=600               # silence after the last turn

for tool in espeak-ng sox soxi jq; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

# Per call: "<agent voice> <agent pitch> <customer voice> <customer pitch> <speed wpm>"
declare -A VOICE=(
    [demo-call-001]="cmn-latn-pinyin+f3 62 cmn-latn-pinyin 35 240"
    [demo-call-002]="cmn-latn-pinyin 30 cmn-latn-pinyin+f4 72 240"
    [demo-call-003]="cmn-latn-pinyin+f3 62 cmn-latn-pinyin+m3 45 240"
    [demo-call-004]="yue 35 yue+f2 70 220"
    [demo-call-005]="en-us+f3 60 en-us 35 190"
)

# What is spoken, if different from the transcript text ("<call id>:<turn index>").
declare -A TTS=(
    [demo-call-001:0]="您好，工号一零零三为您服务。"
    [demo-call-001:3]="宽带账号是，零二一，八八六七。"
    [demo-call-002:3]="那我找谁？不处理我就打一二三一五，还要去网上曝光你们！"
    [demo-call-003:0]="您好，工号一零零三为您服务。"
    [demo-call-003:3]="一三八，一二三四，五六七八。"
    [demo-call-004:0]="你好，工號一零零四為你服務。"
    [demo-call-005:0]="Thank you for calling, this is agent one zero zero three, how may I help you?"
)

# Silence in ms inserted before a turn instead of the normal gap ("<call id>:<turn index>").
declare -A PAUSE=(
    [demo-call-001:5]=7000    # dead air: agent "checks the system" without a hold notice
)

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
TIMINGS="$WORK/timings.jsonl"
: >"$TIMINGS"

silence() { # silence <file> <samples> <channels>
    sox -R -D -r "$RATE" -c "$3" -n -b 16 "$1" trim 0 "${2}s"
}

mapfile -t CALLS < <(jq -r 'select(.channel == "call") | .id' "$MANIFEST")
[ "${#CALLS[@]}" -gt 0 ] || { echo "no calls in $MANIFEST" >&2; exit 1; }

for id in "${CALLS[@]}"; do
    [ -n "${VOICE[$id]:-}" ] || { echo "no VOICE entry for $id" >&2; exit 1; }
    read -r av ap cv cp speed <<<"${VOICE[$id]}"
    call=$(jq -c --arg id "$id" 'select(.id == $id)' "$MANIFEST")
    audio_rel=$(jq -r '.audio' <<<"$call")
    out="$HERE/$audio_rel"
    mkdir -p "$(dirname "$out")"
    agent_ch=$(jq -r '.audio_channels.agent // empty' <<<"$call")
    if [ -n "$agent_ch" ]; then chans=2; else chans=1; fi

    d="$WORK/$id"; mkdir -p "$d"
    mapfile -t SPK < <(jq -r '.turns[].speaker' <<<"$call")
    n=${#SPK[@]}
    pos=$((LEAD_MS * SPMS))
    segs=()
    silence "$d/lead.wav" "$pos" "$chans"; segs+=("$d/lead.wav")
    spans=()
    for ((i = 0; i < n; i++)); do
        text=${TTS[$id:$i]:-$(jq -r --argjson i "$i" '.turns[$i].text' <<<"$call")}
        if [ "${SPK[$i]}" = agent ]; then v=$av p=$ap; else v=$cv p=$cp; fi
        espeak-ng -v "$v" -p "$p" -s "$speed" -w "$d/raw$i.wav" "$text"
        # trim synth silence at both ends, normalise, resample to telephony format
        sox -R "$d/raw$i.wav" -b 16 "$d/clip$i.wav" \
            silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse \
            gain -n -3 rate "$RATE" channels 1
        len=$(soxi -s "$d/clip$i.wav")

        if ((i > 0)); then
            gap_ms=${PAUSE[$id:$i]:-$((300 + (i * 173 + ${#id} * 31) % 400))}
            silence "$d/gap$i.wav" $((gap_ms * SPMS)) "$chans"
            segs+=("$d/gap$i.wav")
            pos=$((pos + gap_ms * SPMS))
        fi

        if ((chans == 2)); then
            silence "$d/quiet$i.wav" "$len" 1
            me=$([ "${SPK[$i]}" = agent ] && echo "$agent_ch" || echo $((1 - agent_ch)))
            if ((me == 0)); then
                sox -R -D -M "$d/clip$i.wav" "$d/quiet$i.wav" "$d/seg$i.wav"
            else
                sox -R -D -M "$d/quiet$i.wav" "$d/clip$i.wav" "$d/seg$i.wav"
            fi
        else
            cp "$d/clip$i.wav" "$d/seg$i.wav"
        fi
        segs+=("$d/seg$i.wav")
        spans+=("[$((pos / SPMS)),$(((pos + len + SPMS - 1) / SPMS))]")
        pos=$((pos + len))
    done
    silence "$d/tail.wav" $((TAIL_MS * SPMS)) "$chans"; segs+=("$d/tail.wav")
    pos=$((pos + TAIL_MS * SPMS))

    sox -R -D "${segs[@]}" -r "$RATE" -b 16 -c "$chans" "$out"
    total=$(soxi -s "$out")
    [ "$total" -eq "$pos" ] || { echo "$id: layout $pos != file $total samples" >&2; exit 1; }
    dur_s=$(awk -v s="$total" -v r="$RATE" 'BEGIN { printf "%.2f", s / r }')
    printf '{"id":"%s","duration_s":%s,"spans":[%s]}\n' \
        "$id" "$dur_s" "$(IFS=,; echo "${spans[*]}")" >>"$TIMINGS"
    printf '%-14s %-22s %s ch  %6ss  %8s bytes\n' "$id" "$audio_rel" "$chans" "$dur_s" "$(stat -c %s "$out")"
    awk -v d="$dur_s" -v id="$id" 'BEGIN { if (d < 15 || d > 40) printf "WARNING: %s is %ss (want 15-40 s)\n", id, d }'
done

# Merge the real layout back into the manifest.
jq -c --slurpfile T "$TIMINGS" '
    ($T | map({(.id): .}) | add) as $m
    | if $m[.id] then
        $m[.id] as $t
        | if ($t.spans | length) != (.turns | length) then error("turn count mismatch for \(.id)") else . end
        | .duration_s = ($t.duration_s | tonumber)
        | .turns = [ range(0; .turns | length) as $i
                     | .turns[$i] + { start_ms: $t.spans[$i][0], end_ms: $t.spans[$i][1] } ]
      else . end' "$MANIFEST" >"$WORK/demo.jsonl"
cat "$WORK/demo.jsonl" >"$MANIFEST"
[ -z "${KEEP_TIMINGS:-}" ] || cp "$TIMINGS" "$KEEP_TIMINGS"
echo "updated $MANIFEST"
