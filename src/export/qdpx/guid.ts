import { createHash } from 'node:crypto';

/** cpc's own namespace for name-based GUIDs (a random version-4 UUID, fixed forever). */
export const CPC_NAMESPACE = '5d0c3f0e-7c1b-4a43-9a51-2f6c8e0b7d21';

/**
 * A name-based GUID (RFC 4122 version 5: SHA-1 of the namespace and the name). The same name always gives the
 * same GUID, so a project exported twice carries the same codes, sources and selections, and a QDA tool that
 * imports the second export updates what it has instead of duplicating it.
 */
export function nameGuid(name: string, namespace: string = CPC_NAMESPACE): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
