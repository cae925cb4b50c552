import { useT } from './i18n-context';
import { SettingsLink } from './SettingsLink';

interface Props {
  /** The skills the offer asks for, in order. */
  skills: readonly string[];
  skillLabel: (id: string) => string;
  settingsUrl?: string;
}

/**
 * Skill match before the profile lists any skill: the offer's skills are shown as asked for, never as
 * missing, with the way to the settings where the user can add theirs.
 */
export function SkillMatchEmpty({ skills, skillLabel, settingsUrl }: Props) {
  const t = useT();
  return (
    <div className="empty-state" data-testid="skills-unjudged">
      <p>
        {t('skillsNoProfile')} <SettingsLink href={settingsUrl} />
      </p>
      {skills.length ? (
        <div className="skill-group">
          <span className="group-label">{t('skillsAsked')}</span>
          <ul className="chips" data-testid="skills-asked">
            {skills.map((skill) => (
              <li key={skill} className="chip asked">
                {skillLabel(skill)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
