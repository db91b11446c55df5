import type { ReactNode } from 'react';

/**
 * A secret shown once, as AWS's console shows a new access key: it cannot be read again, so the notice stays until
 * the person says it is stored.
 */
export function SecretNotice({ children, onStored }: { children: ReactNode; onStored: () => void }) {
  return (
    <div className="notice notice-success secret" role="status">
      {children}
      <button type="button" className="button button-small" onClick={onStored}>
        I have stored the secret
      </button>
    </div>
  );
}
