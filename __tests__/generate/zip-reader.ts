// A small zip reader for the artifact tests: walks the central directory
// (which has the sizes even when entries were streamed with data
// descriptors, as archiver writes them) and inflates each entry.
import { crc32, inflateRawSync } from 'node:zlib'

export interface ZipEntry {
  name: string
  method: number
  crc32: number
  content: Buffer
}

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export function readZip(zip: Buffer): ZipEntry[] {
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let eocd = -1
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw new Error('not a zip archive: no end-of-central-directory record')
  const count = zip.readUInt16LE(eocd + 10)
  let at = zip.readUInt32LE(eocd + 16)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== CENTRAL) throw new Error(`bad central directory entry at ${at}`)
    const method = zip.readUInt16LE(at + 10)
    const crc = zip.readUInt32LE(at + 16)
    const compressedSize = zip.readUInt32LE(at + 20)
    const size = zip.readUInt32LE(at + 24)
    const nameLength = zip.readUInt16LE(at + 28)
    const extraLength = zip.readUInt16LE(at + 30)
    const commentLength = zip.readUInt16LE(at + 32)
    const localOffset = zip.readUInt32LE(at + 42)
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength)
    at += 46 + nameLength + extraLength + commentLength

    if (zip.readUInt32LE(localOffset) !== LOCAL) throw new Error(`bad local header for ${name}`)
    const dataStart = localOffset + 30 + zip.readUInt16LE(localOffset + 26) + zip.readUInt16LE(localOffset + 28)
    const raw = zip.subarray(dataStart, dataStart + compressedSize)
    let content: Buffer
    if (method === 0) content = Buffer.from(raw)
    else if (method === 8) content = inflateRawSync(raw)
    else throw new Error(`${name}: compression method ${method} is not supported`)
    if (content.length !== size) throw new Error(`${name}: inflated to ${content.length} bytes, directory says ${size}`)
    if (crc32(content) >>> 0 !== crc >>> 0) throw new Error(`${name}: CRC-32 does not match`)
    entries.push({ name, method, crc32: crc, content })
  }
  return entries
}
