// What probing a media file tells the pipeline.

export interface VideoStreamInfo {
  codec: string;
  /** Coded size. */
  width: number;
  height: number;
  /** Size as displayed (after rotation). */
  displayWidth: number;
  displayHeight: number;
  /** Rotation in degrees (0, 90, 180, 270) from the display matrix or rotate tag. */
  rotation: number;
  pixFmt: string;
  /** Average frame rate, frames per second (e.g. 29.97). */
  fps: number;
  /** Frame rate as ffmpeg writes it ("30000/1001"). */
  fpsFraction: string;
  /** True for single-frame inputs (png, jpg, webp) and animated gif handled as images. */
  isImage: boolean;
}

export interface AudioStreamInfo {
  codec: string;
  sampleRate: number;
  channels: number;
}

export interface ProbeResult {
  file: string;
  formatName: string;
  /** Container duration in seconds (0 for still images). */
  duration: number;
  sizeBytes: number;
  video?: VideoStreamInfo;
  audio?: AudioStreamInfo;
}
