<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vouch::ui::LibraryView</name>
    <message numerus="yes">
        <location filename="../../ui/library/LibraryView.cpp" line="+280"/>
        <source>%n assessment(s)</source>
        <translation>
            <numerusform>%n assessment</numerusform>
            <numerusform>%n assessments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/MainWindow.cpp" line="+605"/>
        <source>revision %1 (signed, %n signature(s))</source>
        <translation>
            <numerusform>revision %1 (signed, %n signature)</numerusform>
            <numerusform>revision %1 (signed, %n signatures)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::PackageReviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/PackageReviewDialog.cpp" line="+558"/>
        <source>%n of the questionnaire&apos;s sources are more than 12 months old (oldest: %1, as of %2). The vendor facts behind the questions may have changed: check them when you update the questionnaire. This does not make the assessment due.</source>
        <translation>
            <numerusform>%n of the questionnaire&apos;s sources is more than 12 months old (oldest: %1, as of %2). The vendor facts behind the questions may have changed: check them when you update the questionnaire. This does not make the assessment due.</numerusform>
            <numerusform>%n of the questionnaire&apos;s sources are more than 12 months old (oldest: %1, as of %2). The vendor facts behind the questions may have changed: check them when you update the questionnaire. This does not make the assessment due.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>Draft, %n autosave(s) in one session</source>
        <translation>
            <numerusform>Draft, %n autosave in one session</numerusform>
            <numerusform>Draft, %n autosaves in one session</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+186"/>
        <source>(%n evidence file(s))</source>
        <translation>
            <numerusform>(%n evidence file)</numerusform>
            <numerusform>(%n evidence files)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::QuestionnaireBrowser</name>
    <message numerus="yes">
        <location filename="../../ui/QuestionnaireBrowser.cpp" line="+172"/>
        <source>%1 could not be loaded (%n problem(s))</source>
        <translation>
            <numerusform>%1 could not be loaded (%n problem)</numerusform>
            <numerusform>%1 could not be loaded (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::ReviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard/ReviewPage.cpp" line="+126"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n required control(s)</source>
        <translation>
            <numerusform>%n required control</numerusform>
            <numerusform>%n required controls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n required question(s) unanswered: the verdict stays Incomplete until they are answered.</source>
        <translation>
            <numerusform>%n required question unanswered: the verdict stays Incomplete until it is answered.</numerusform>
            <numerusform>%n required questions unanswered: the verdict stays Incomplete until they are answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::SectionForm</name>
    <message numerus="yes">
        <location filename="../../ui/questions/SectionForm.cpp" line="+88"/>
        <source>Answer the required question(s) marked below to continue: %1</source>
        <translation>
            <numerusform>Answer the required question marked below to continue: %1</numerusform>
            <numerusform>Answer the required questions marked below to continue: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vouch::ui::SignOffPage</name>
    <message numerus="yes">
        <location filename="../../ui/wizard/SignOffPage.cpp" line="+156"/>
        <source>%n required question(s) are unanswered; an incomplete assessment cannot be signed.</source>
        <translation>
            <numerusform>%n required question is unanswered; an incomplete assessment cannot be signed.</numerusform>
            <numerusform>%n required questions are unanswered; an incomplete assessment cannot be signed.</numerusform>
        </translation>
    </message>
</context>
</TS>
