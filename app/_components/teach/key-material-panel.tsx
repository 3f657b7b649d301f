'use client';
import type { KeyMaterial } from '@/flows/jwt-bearer/key-material';
import { CodeBlock } from '@/app/_components/code/code-block';
import { RowsTable } from './rows-table';

const MASKED = '-----BEGIN PRIVATE KEY----- •••••••• -----END PRIVATE KEY-----';

/** The client's certificate (what gets uploaded) and its key's thumbprint; the private key only as a mask. */
export function KeyMaterialPanel({ material }: { material: KeyMaterial }) {
  return (
    <div className="mt-6" data-testid="key-material-panel">
      <h3 className="font-semibold">The certificate to upload, and the key that stays here</h3>
      <RowsTable
        caption="The key pair and its certificate"
        rows={[
          { key: 'source', label: 'Made', value: material.source === 'generated' ? 'In this tab (Web Crypto), RSA 2048' : 'Pasted by you', mono: false },
          { key: 'subject', label: 'Subject (and issuer: self-signed)', value: `CN=${material.commonName || '(none)'}` },
          { key: 'valid', label: 'Valid', value: `${material.notBefore} to ${material.notAfter}` },
          { key: 'thumbprint', label: 'Public key thumbprint (RFC 7638, SHA-256)', value: <span data-testid="thumbprint">{material.thumbprint}</span> },
          { key: 'private', label: 'Private key', value: `${MASKED} (in memory, cannot be read back)` },
        ]}
      />
      <p className="mt-3 text-sm">The certificate, as it is uploaded to the app (public: it holds only the public key):</p>
      <CodeBlock lang="text" label="The certificate (PEM)" code={material.certificatePem.trim()} />
    </div>
  );
}
