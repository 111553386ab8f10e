import type { FormEvent } from 'react';
import { FormFooter } from '@/components/form/FormFooter';
import type { ProfileForm as Form } from '../hooks/useProfileForm';
import { CapabilitiesSection } from './CapabilitiesSection';
import { ContactSection } from './ContactSection';
import { DesignationsSection } from './DesignationsSection';
import { EquipmentRows } from './EquipmentRows';
import { ProfileFactsSection } from './ProfileFactsSection';
import { ProfileTextsSection } from './ProfileTextsSection';

export function ProfileForm({ form }: { form: Form }) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    form.save();
  };
  return (
    <form className="form profile-form" onSubmit={submit} noValidate data-testid="profile-form">
      <ProfileTextsSection form={form} />
      <ProfileFactsSection form={form} />
      <ContactSection form={form} />
      <CapabilitiesSection form={form} />
      <EquipmentRows form={form} />
      <DesignationsSection form={form} />
      <FormFooter testId="profile" errors={form.errors} conflict={form.conflict} onReload={() => void form.reload()}
        saving={form.saving} saved={form.saved} />
    </form>
  );
}
