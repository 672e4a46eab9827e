// Azurite's blob service (the Azure Storage emulator, from npm) on a free
// loopback port, for tests that let @actions/artifact really upload. Data is
// kept in memory only and the process is stopped by `stop()`.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import {
  BlobSASPermissions,
  BlobServiceClient,
  StorageSharedKeyCredential,
  generateBlobSASQueryParameters
} from '@azure/storage-blob'
import { REPO_ROOT } from './run-action.js'

/** Azurite's well-known development account (public, documented by Microsoft). */
export const DEV_ACCOUNT = 'devstoreaccount1'
export const DEV_ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

/**
 * The flags Azurite runs with. Measured: Azurite 3.37 accepts the
 * x-ms-version 2026-04-06 that @azure/storage-blob 12.32 sends, and needs
 * neither --skipApiVersionCheck nor --loose for these uploads. The first is
 * kept so that a newer transitive storage-blob cannot break the tests on a
 * version check alone; --loose is not used, so a request the real service
 * would refuse still fails here.
 */
export const AZURITE_FLAGS = [
  '--disableTelemetry',
  '--skipApiVersionCheck',
  '--inMemoryPersistence',
  // Otherwise Azurite reserves half the machine's memory for in-memory blobs.
  '--extentMemoryLimit',
  '64',
  '--silent'
] as const

export interface BlobStore {
  host: string
  port: number
  /** The account's blob endpoint, path style: http://127.0.0.1:PORT/devstoreaccount1 */
  endpoint: string
  credential: StorageSharedKeyCredential
  service: BlobServiceClient
  /** A URL for one blob carrying a SAS signed with the account key. */
  sasUrl(container: string, blob: string, permissions?: string, minutes?: number): string
  readBlob(container: string, blob: string): Promise<Buffer>
  /** What Azurite printed, for a failing test's message. */
  log(): string
  stop(): Promise<void>
}

/** A port that was free a moment ago (the OS picks it; then it is released). */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, host, () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

export async function startBlobStore(options: { startTimeoutMs?: number } = {}): Promise<BlobStore> {
  const host = '127.0.0.1'
  const port = await freePort(host)
  const location = mkdtempSync(path.join(tmpdir(), 'rtc-azurite-'))
  const bin = path.join(REPO_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js')
  // Run Azurite's entry point with this Node, not the .bin shim, so the
  // emulator runs on the same Node version as the tests.
  const child: ChildProcess = spawn(
    process.execPath,
    [bin, ...AZURITE_FLAGS, '--blobHost', host, '--blobPort', String(port)],
    // --inMemoryPersistence refuses --location; a scratch cwd catches anything it might still write.
    { cwd: location, stdio: ['ignore', 'pipe', 'pipe'] }
  )
  let output = ''
  child.stdout?.on('data', (d: Buffer) => (output += d.toString('utf8')))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString('utf8')))
  let exited: number | null | undefined
  const exitedPromise = new Promise<void>((resolve) => child.once('exit', (code) => ((exited = code), resolve())))

  const deadline = Date.now() + (options.startTimeoutMs ?? 20000)
  while (!(await canConnect(host, port))) {
    if (exited !== undefined) throw new Error(`Azurite exited with code ${exited} before listening:\n${output}`)
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`Azurite did not listen on ${host}:${port} in time:\n${output}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }

  const endpoint = `http://${host}:${port}/${DEV_ACCOUNT}`
  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY)
  const service = new BlobServiceClient(endpoint, credential)

  return {
    host,
    port,
    endpoint,
    credential,
    service,
    sasUrl(container, blob, permissions = 'cw', minutes = 30) {
      const sas = generateBlobSASQueryParameters(
        {
          containerName: container,
          blobName: blob,
          permissions: BlobSASPermissions.parse(permissions),
          startsOn: new Date(Date.now() - 5 * 60_000),
          expiresOn: new Date(Date.now() + minutes * 60_000)
        },
        credential
      ).toString()
      return `${endpoint}/${container}/${encodeURIComponent(blob)}?${sas}`
    },
    async readBlob(container, blob) {
      return service.getContainerClient(container).getBlobClient(blob).downloadToBuffer()
    },
    log: () => output,
    async stop() {
      if (exited === undefined) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exitedPromise
        clearTimeout(timer)
      }
      rmSync(location, { recursive: true, force: true })
    }
  }
}
