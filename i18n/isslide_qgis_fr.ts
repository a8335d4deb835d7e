<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CheckInstallation</name>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="28"/>
        <source>Check installation</source>
        <translation>Vérifier l'installation</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="31"/>
        <source>Checks that the Python used by QGIS can import PyTorch and the geospatial libraries the ISSLIDE algorithms need, and reports their versions, the compute devices (CPU threads, CUDA GPUs) and the extra packages folder. When PyTorch is missing, the message gives the exact commands that install it.</source>
        <translation>Vérifie que le Python utilisé par QGIS peut importer PyTorch et les bibliothèques géospatiales dont les algorithmes ISSLIDE ont besoin, et indique leurs versions, les processeurs de calcul (fils d'exécution CPU, GPU CUDA) et le dossier de paquets supplémentaires. Si PyTorch manque, le message donne les commandes exactes qui l'installent.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="38"/>
        <source>PyTorch version</source>
        <translation>Version de PyTorch</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="40"/>
        <source>Compute devices</source>
        <translation>Processeurs de calcul</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="45"/>
        <source>Python: {version}</source>
        <translation>Python : {version}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46"/>
        <source>Extra packages folder: {folder}</source>
        <translation>Dossier de paquets supplémentaires : {folder}</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="50"/>
        <source>Devices: {devices}</source>
        <translation>Processeurs : {devices}</translation>
    </message>
</context>
<context>
    <name>IsslideAlgorithm</name>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="71"/>
        <source>Cancelled: no output was written.</source>
        <translation>Annulé : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="77"/>
        <source>{name} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the details are in the QGIS message log (tab ISSLIDE). Please report them.</source>
        <translation>{name} a échoué de façon inattendue : {error}. C'est un défaut de l'extension ISSLIDE ; les détails sont dans le journal des messages de QGIS (onglet ISSLIDE). Merci de les signaler.</translation>
    </message>
</context>
<context>
    <name>IsslideCore</name>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="46"/>
        <source>This algorithm needs PyTorch (torch {version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation>Cet algorithme a besoin de PyTorch (torch {version}), que le Python utilisé par QGIS ne peut pas importer ({reason}).</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="49"/>
        <source>To fix it, install the CPU build of torch into a packages folder, then restart QGIS:</source>
        <translation>Pour corriger, installez la version CPU de torch dans un dossier de paquets, puis redémarrez QGIS :</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="55"/>
        <source>Alternatively, from a checkout of isslide_qgis, &apos;make deploy&apos; creates a virtual environment with torch and points the setting at it.</source>
        <translation>Autre possibilité : depuis une copie des sources d'isslide_qgis, « make deploy » crée un environnement virtuel avec torch et y fait pointer ce paramètre.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="57"/>
        <source>For qgis_process on a server, &apos;PYTHONPATH=&lt;folder&gt; qgis_process run ...&apos; also works.</source>
        <translation>Pour qgis_process sur un serveur, « PYTHONPATH=&lt;dossier&gt; qgis_process run ... » fonctionne aussi.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="53"/>
        <source>and set that folder as the plugin&apos;s extra Python packages folder (QGIS setting isslide_qgis/packages_folder).</source>
        <translation>et indiquez ce dossier comme dossier de paquets Python supplémentaires de l'extension (paramètre QGIS isslide_qgis/packages_folder).</translation>
    </message>
</context>
<context>
    <name>IsslideDock</name>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="16"/>
        <source>ISSLIDE detection and review</source>
        <translation>ISSLIDE : détection et revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="28"/>
        <source>PyTorch found: detection and training are available.</source>
        <translation>PyTorch trouvé : la détection et l'entraînement sont disponibles.</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="29"/>
        <source>PyTorch {version} was not found: detection and training need it. Run the Processing algorithm &apos;Check installation&apos; for the fix.</source>
        <translation>PyTorch {version} est introuvable : la détection et l'entraînement en ont besoin. Lancez l'algorithme de traitement « Vérifier l'installation » pour savoir comment corriger.</translation>
    </message>
</context>
<context>
    <name>IsslideGroups</name>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="10"/>
        <source>Data preparation</source>
        <translation>Préparation des données</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="11"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="12"/>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="13"/>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="14"/>
        <source>Workflows</source>
        <translation>Chaînes de traitement</translation>
    </message>
</context>
<context>
    <name>IsslidePlugin</name>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="35"/>
        <source>&amp;ISSLIDE</source>
        <translation>&amp;ISSLIDE</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="49"/>
        <source>ISSLIDE detection and review</source>
        <translation>ISSLIDE : détection et revue</translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="53"/>
        <source>Show or hide the ISSLIDE detection and review panel</source>
        <translation>Afficher ou masquer le panneau ISSLIDE de détection et de revue</translation>
    </message>
</context>
<context>
    <name>IsslideProvider</name>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="22"/>
        <source>ISSLIDE: slow ground movements on InSAR interferograms</source>
        <translation>ISSLIDE : mouvements lents du sol sur interférogrammes InSAR</translation>
    </message>
</context>
</TS>
