'use client';
import type { Exchange } from '@/flows/http';
import type { PkceDerivation } from '@/flows/pkce';
import { PkceCheck } from './pkce-check';
import { InlineText } from '@/app/_components/prose/inline-text';
import { RowsTable } from './rows-table';

const BASE64URL =
  'base64url is base64 with `+` turned into `-`, `/` into `_`, and the trailing `=` dropped. `code_challenge_method=S256` tells Salesforce which hash it was. Left out, Salesforce still reads S256, while RFC 7636 says `plain` (the challenge would be the verifier itself): send the method so both agree. The verifier stays in the client until the token request.';

const hexBytes = (bytes: readonly number[]) => bytes.map((b) => b.toString(16).padStart(2, '0')).join(' ');

/** The PKCE pair derived byte by byte, then, once the code exchange has gone out, the check a server makes. */
export function PkcePanel({ pkce, exchanges }: { pkce: PkceDerivation; exchanges: readonly Exchange[] }) {
  return (
    <div className="mt-4" data-testid="pkce-panel">
      <RowsTable
        caption="PKCE, byte by byte"
        rows={[
          { key: 'verifier', label: 'code_verifier', value: pkce.verifier },
          { key: 'bytes', label: `its ASCII bytes (hex, ${pkce.verifierBytes.length} bytes)`, value: hexBytes(pkce.verifierBytes) },
          { key: 'hex', label: 'SHA-256 of those bytes (hex)', value: pkce.sha256Hex },
          { key: 'base64', label: 'the digest in base64', value: pkce.sha256Base64 },
          { key: 'challenge', label: 'base64url without padding = code_challenge', value: pkce.challenge },
        ]}
      />
      <p className="mt-2 text-sm">
        <InlineText text={BASE64URL} />
      </p>
      <PkceCheck exchanges={exchanges} />
    </div>
  );
}
