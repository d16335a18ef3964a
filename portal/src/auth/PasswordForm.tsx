/** A new password with the rule the server applies (10 to 200 characters). */
export function PasswordForm({ label, busy, onPassword }: { label: string; busy: boolean; onPassword: (password: string) => void }) {
  return (
    <form
      className="stack"
      onSubmit={(event) => {
        event.preventDefault();
        const value = new FormData(event.currentTarget).get('password');
        onPassword(typeof value === 'string' ? value : '');
      }}
    >
      <label>
        New password (10 characters or more)
        <input name="password" type="password" autoComplete="new-password" minLength={10} maxLength={200} required />
      </label>
      <button type="submit" disabled={busy}>
        {label}
      </button>
    </form>
  );
}
