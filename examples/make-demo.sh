#!/usr/bin/env bash
# How examples/demo.mp4 was made: four UI-like "screens" drawn by ffmpeg, 10 s each, a soft
# synthetic room tone (well under -40 dB, so it reads as quiet) as its original audio. Re-run only to change the demo (needs drawtext).
set -euo pipefail
cd "$(dirname "$0")"
font=../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf
screen() { # title colour
  echo "color=c=$2:s=1920x1080:r=30:d=10,drawbox=x=0:y=0:w=1920:h=90:color=0x20232a:t=fill,drawbox=x=80:y=180:w=520:h=780:color=white@0.15:t=fill,drawbox=x=680:y=180:w=1160:h=360:color=white@0.25:t=fill,drawbox=x=680:y=600:w=1160:h=360:color=white@0.1:t=fill,drawtext=fontfile=$font:text='$1':x=80:y=22:fontsize=44:fontcolor=white"
}
ffmpeg -hide_banner -y \
  -f lavfi -i "$(screen 'Acme Dashboard' 0x2d6cdf)" \
  -f lavfi -i "$(screen 'Create a project' 0x2f9e6e)" \
  -f lavfi -i "$(screen 'Invite your team' 0x8a4fd1)" \
  -f lavfi -i "$(screen 'Ship it' 0xd9822b)" \
  -f lavfi -i "anoisesrc=d=40:c=pink:r=48000:a=0.002,lowpass=f=800" \
  -filter_complex "[0:v][1:v][2:v][3:v]concat=n=4:v=1:a=0[v]" \
  -map "[v]" -map 4:a -c:v libx264 -preset veryslow -crf 30 -tune stillimage -pix_fmt yuv420p \
  -c:a aac -b:a 48k -ac 1 -movflags +faststart demo.mp4
