import { useTranslation } from 'react-i18next';
import { pickText } from '@/utils/pickName';
import { useChangePreferences, usePreferences, type Delivery } from '../api/notifications';

const DELIVERIES: Delivery[] = ['INSTANT', 'DAILY', 'OFF'];

/** How each kind of notification reaches me by mail; every choice is saved as it is made. */
export function NotificationPreferencesForm() {
  const { t, i18n } = useTranslation();
  const { data } = usePreferences();
  const change = useChangePreferences();
  if (!data) return null;
  return (
    <section className="notification-preferences" aria-labelledby="notification-preferences-title">
      <h2 id="notification-preferences-title">{t('notifications.preferencesTitle')}</h2>
      <p>{t('notifications.preferencesLead')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('notifications.type')}</th>
            {DELIVERIES.map((delivery) => (
              <th scope="col" key={delivery}>
                {t(`notifications.delivery.${delivery}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.items.map((preference) => {
            const label = pickText(preference.label, i18n.language) ?? preference.type;
            return (
              <tr key={preference.type} data-testid={`preference-${preference.type}`}>
                <th scope="row">{label}</th>
                {DELIVERIES.map((delivery) => (
                  <td key={delivery}>
                    <input
                      type="radio"
                      name={`delivery-${preference.type}`}
                      value={delivery}
                      aria-label={`${label}: ${t(`notifications.delivery.${delivery}`)}`}
                      checked={preference.delivery === delivery}
                      disabled={change.isPending}
                      onChange={() => change.mutate({ [preference.type]: delivery })}
                    />
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {change.isError && <p role="alert">{t('notifications.saveFailed')}</p>}
      {change.isSuccess && (
        <p role="status" data-testid="preferences-saved">
          {t('notifications.saved')}
        </p>
      )}
    </section>
  );
}
