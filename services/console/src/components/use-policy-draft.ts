import type { PolicyKind } from '@iamgate/policy';
import { useState } from 'react';
import { usePolicyFindings } from '../policy/policy-editor.js';
import { useSession } from '../session/session-context.js';

/**
 * A policy document being written, with its findings as it is typed: the engine's, then the gateway's of the
 * session. It has the names of `PolicyEditor`'s props, to spread into it.
 */
export function usePolicyDraft(initial: string | (() => string), kind: PolicyKind) {
  const [value, onChange] = useState(initial);
  const { client } = useSession();
  const { findings, gatewayNote } = usePolicyFindings(value, kind, client);
  return { value, onChange, findings, note: gatewayNote };
}
