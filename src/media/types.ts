// What probing a media file tells the pipeline.

export interface VideoStreamInfo {
  codec: string;
  /** Coded size. */
  width: number;
  height: number;
  /** Size as displayed (after rotation). */
  displayWidth: number;
  displayHeight: number;
  /**
   * Rotation in degrees (0, 90, 180, 270) from the display matrix or rotate tag: counterclockwise,
   * the number ffprobe ≥ 5 prints as `rotation` (ffmpeg's autorotate applies transpose=cclock for 90,
   * transpose=clock for 270). Files written with `-metadata:s:v rotate=90` read back as 90.
   */
  rotation: number;
  pixFmt: string;
  /** Average frame rate, frames per second (e.g. 29.97). */
  fps: number;
  /** Frame rate as ffmpeg writes it ("30000/1001"). */
  fpsFraction: string;
  /** True for single-frame inputs (png, jpg, webp, a one-frame gif); an animated gif is a video. */
  isImage: boolean;
  /** The stream's own duration in seconds, when the container records one. */
  duration?: number;
}

export interface AudioStreamInfo {
  codec: string;
  sampleRate: number;
  channels: number;
  /** The stream's own duration in seconds, when the container records one. */
  duration?: number;
}

export interface ProbeResult {
  file: string;
  formatName: string;
  /**
   * Container duration in seconds (0 for still images). When the header gives none (a browser's
   * MediaRecorder WebM, a stream written to a pipe), the end of the last packet, found by a packet scan.
   */
  duration: number;
  /** Where `duration` came from: the header (absent) or, when it had none, the packets. */
  durationFrom?: 'packets';
  /** The container's start time in seconds (ffprobe's start_time), when it is not 0: packet times count from it. */
  start_s?: number;
  sizeBytes: number;
  video?: VideoStreamInfo;
  audio?: AudioStreamInfo;
}
