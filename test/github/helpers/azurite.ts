// The Azure storage emulator (azurite, npm) in memory: the blob store behind artifact uploads.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential, BlobSASPermissions, generateBlobSASQueryParameters } from '@azure/storage-blob';
import { ROOT } from './action-process.js';

// azurite's well-known development account.
const ACCOUNT = 'devstoreaccount1';
const KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running azurite blob service and a container in it. */
export interface Azurite {
  url: string;
  container: string;
  /** A URL with a SAS token for one blob (read + write). */
  signedUrl(blob: string): string;
  /** The bytes of a blob. */
  download(blob: string): Promise<Buffer>;
  /** Write a blob (a crafted artifact). */
  upload(blob: string, data: Buffer): Promise<void>;
  stop(): Promise<void>;
}

/** Start azurite-blob (of the repository at `root`) on a free port and create the container. */
export async function startAzurite(container = 'actions-results', root = ROOT): Promise<Azurite> {
  const bin = join(root, 'node_modules/.bin/azurite-blob');
  const child: ChildProcess = spawn(bin, ['--inMemoryPersistence', '--disableTelemetry', '--skipApiVersionCheck', '--loose', '--silent', '--blobHost', '127.0.0.1', '--blobPort', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`azurite did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listens on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        resolve(`${match[1]}/${ACCOUNT}`);
      }
    });
    child.on('exit', (code) => reject(new Error(`azurite exited (${code}): ${out}`)));
  });
  const credential = new StorageSharedKeyCredential(ACCOUNT, KEY);
  const service = new BlobServiceClient(url, credential);
  await service.getContainerClient(container).create();
  const signedUrl = (blob: string): string => {
    const sas = generateBlobSASQueryParameters(
      { containerName: container, blobName: blob, permissions: BlobSASPermissions.parse('rcw'), expiresOn: new Date(Date.now() + 3600_000) },
      credential,
    );
    return `${url}/${container}/${blob.split('/').map(encodeURIComponent).join('/')}?${sas.toString()}`;
  };
  return {
    url,
    container,
    signedUrl,
    download: async (blob) => service.getContainerClient(container).getBlobClient(blob).downloadToBuffer(),
    upload: async (blob, data) => void (await service.getContainerClient(container).getBlockBlobClient(blob).uploadData(data)),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
