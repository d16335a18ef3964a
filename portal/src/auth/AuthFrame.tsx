import type { ReactNode } from 'react';

/** The narrow card the signed-out pages share. */
export function AuthFrame({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth">
      <a className="brand" href="/pricing">
        Carlo
      </a>
      <section className="card">
        <h1>{title}</h1>
        {children}
      </section>
    </main>
  );
}

/** A form field's value by name, from the submitted form. */
export function fieldOf(form: HTMLFormElement, name: string): string {
  const value = new FormData(form).get(name);
  return typeof value === 'string' ? value : '';
}
