import type { ReactNode } from 'react';
import { writerRoles } from '../../contract/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useSessionUser } from '../../features/auth/api/get-session';
import './form-page.css';

export function useCanWrite(): boolean {
  const user = useSessionUser();
  return user !== null && writerRoles.includes(user.role);
}

interface FormPageProps {
  title: string;
  back: ReactNode;
  lede: string;
  canWrite: boolean;
  // What a reader whose role can't write is told instead of the form.
  refusal: string;
  children: ReactNode;
}

// A page with one form: its heading, a way back, and the form for those who may write.
export function FormPage({ title, back, lede, canWrite, refusal, children }: FormPageProps) {
  useDocumentTitle(title);
  return (
    <div className="form-page">
      <p className="form-page-back">{back}</p>
      <h1>{title}</h1>
      {canWrite ? (
        <>
          <p className="lede">{lede}</p>
          {children}
        </>
      ) : (
        <p className="notice">{refusal} Ask the executive director for staff access.</p>
      )}
    </div>
  );
}
