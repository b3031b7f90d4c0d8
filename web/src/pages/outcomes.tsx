import { SectionBeingBuilt } from '../components/section-being-built.tsx';

export default function OutcomesPage() {
  return <SectionBeingBuilt title="outcomes.title" notice="outcomes.building" />;
}
