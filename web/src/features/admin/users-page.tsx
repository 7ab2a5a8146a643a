import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '@/components/field';
import { Loading, Page } from '@/components/page';
import { useMe } from '@/lib/auth/use-me';
import { formatDateTime } from '@/lib/format';
import { ROLES, useCreateUser, useUpdateUser, useUsers, type User } from './api';
import '@/components/dashboard.css';

function NewUserForm() {
  const { t } = useTranslation();
  const create = useCreateUser();
  const [form, setForm] = useState({ email: '', name: '', password: '', role: 'staff' as User['role'] });
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const user = await create.mutateAsync({ ...form, name: form.name || undefined }).catch(() => null);
    if (user) {
      setDone(t('admin.created', { name: user.email }));
      setForm({ email: '', name: '', password: '', role: 'staff' });
    }
  }

  return (
    <form className="form-card" onSubmit={(event) => void submit(event)} aria-label={t('admin.newUser')}>
      <h2>{t('admin.newUser')}</h2>
      <Field label={t('admin.email')}>{(id) => <input id={id} type="email" required value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} />}</Field>
      <Field label={t('admin.name')}>{(id) => <input id={id} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />}</Field>
      <Field label={t('admin.password')} hint={t('admin.passwordHint')}>
        {(id, describedBy) => (
          <input id={id} type="password" autoComplete="new-password" required minLength={12} aria-describedby={describedBy} value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        )}
      </Field>
      <Field label={t('admin.role')}>
        {(id) => (
          <select id={id} value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value as User['role'] })}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {create.isError ? <p role="alert">{t('admin.refused', { message: create.error.message })}</p> : null}
      {done ? <p role="status">{done}</p> : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending}>
          {t('admin.create')}
        </button>
      </div>
    </form>
  );
}

/** Admins: the agency's users, a new one, and each one's role and disabled state (sent with If-Match). */
export function UsersPage() {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const update = useUpdateUser();
  const me = useMe();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  return (
    <Page title={t('pages.users')}>
      <NewUserForm />
      {update.isError ? <p role="alert">{t('admin.refused', { message: update.error.message })}</p> : null}
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <p role="alert">{t('app.error', { message: users.error.message })}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('admin.users')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.email')}</th>
                <th scope="col">{t('admin.name')}</th>
                <th scope="col">{t('admin.role')}</th>
                <th scope="col">{t('admin.state')}</th>
                <th scope="col">{t('admin.lastLogin')}</th>
                <th scope="col">{t('admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {users.data.map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.email}</th>
                  <td>{user.name ?? '—'}</td>
                  <td>
                    <select
                      aria-label={t('admin.roleOf', { email: user.email })}
                      value={user.role}
                      disabled={update.isPending || user.id === me.data?.id}
                      onChange={(e) => update.mutate({ user, change: { role: e.target.value as User['role'] } })}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`role.${role}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{user.disabled ? <span className="badge warn">{t('admin.disabled')}</span> : t('admin.active')}</td>
                  <td>{user.lastLoginAt ? formatDateTime(user.lastLoginAt, zone, i18n.language) : t('admin.never')}</td>
                  <td>
                    {user.id === me.data?.id ? null : (
                      <button type="button" disabled={update.isPending} onClick={() => update.mutate({ user, change: { disabled: !user.disabled } })}>
                        {user.disabled ? t('admin.enable') : t('admin.disable')}
                        <span className="visually-hidden"> {user.email}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Page>
  );
}
