import type { ReactNode } from 'react';

/** The page of a visitor not signed in (sign in, sign up): a card alone on the page, without the console's frame. */
export function SignInCard({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="main" className="sign-in">
      <div className="sign-in-card">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
