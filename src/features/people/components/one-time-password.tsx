import { useState } from 'react';

// The password to hand over, shown once: the server keeps only its hash.
export function OneTimePassword({ name, password }: { name: string; password: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(password).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };
  return (
    <div className="one-time-password" role="status">
      <p>
        One-time password for <strong>{name}</strong>: <code className="one-time-password-value">{password}</code>
      </p>
      <p className="section-help">
        It is shown only now: copy it and hand it to {name} in person or by phone. At their first sign-in they choose their own password.
      </p>
      <button type="button" className="button-secondary" onClick={copy}>
        Copy the password
      </button>
      {copied === 'yes' && <span className="one-time-password-copied"> Copied.</span>}
      {copied === 'failed' && <span className="one-time-password-copied"> This browser did not allow copying: select the password and copy it by hand.</span>}
    </div>
  );
}
