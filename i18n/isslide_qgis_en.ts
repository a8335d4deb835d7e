<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>CheckInstallation</name>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="28"/>
        <source>Check installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="31"/>
        <source>Checks that the Python used by QGIS can import PyTorch and the geospatial libraries the ISSLIDE algorithms need, and reports their versions, the compute devices (CPU threads, CUDA GPUs) and the extra packages folder. When PyTorch is missing, the message gives the exact commands that install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="38"/>
        <source>PyTorch version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="40"/>
        <source>Compute devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="45"/>
        <source>Python: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46"/>
        <source>Extra packages folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="46"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/check_installation.py" line="50"/>
        <source>Devices: {devices}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideAlgorithm</name>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="71"/>
        <source>Cancelled: no output was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/base.py" line="77"/>
        <source>{name} failed unexpectedly: {error}. This is a bug of the ISSLIDE plugin; the details are in the QGIS message log (tab ISSLIDE). Please report them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideCore</name>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="46"/>
        <source>This algorithm needs PyTorch (torch {version}), which the Python used by QGIS cannot import ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="49"/>
        <source>To fix it, install the CPU build of torch into a packages folder, then restart QGIS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="55"/>
        <source>Alternatively, from a checkout of isslide_qgis, &apos;make deploy&apos; creates a virtual environment with torch and points the setting at it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="57"/>
        <source>For qgis_process on a server, &apos;PYTHONPATH=&lt;folder&gt; qgis_process run ...&apos; also works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/dependencies.py" line="53"/>
        <source>and set that folder as the plugin&apos;s extra Python packages folder (QGIS setting isslide_qgis/packages_folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideDock</name>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="16"/>
        <source>ISSLIDE detection and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="28"/>
        <source>PyTorch found: detection and training are available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/gui/dock.py" line="29"/>
        <source>PyTorch {version} was not found: detection and training need it. Run the Processing algorithm &apos;Check installation&apos; for the fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideGroups</name>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="10"/>
        <source>Data preparation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="11"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="12"/>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="13"/>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/groups.py" line="14"/>
        <source>Workflows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslidePlugin</name>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="35"/>
        <source>&amp;ISSLIDE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="49"/>
        <source>ISSLIDE detection and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/plugin.py" line="53"/>
        <source>Show or hide the ISSLIDE detection and review panel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IsslideProvider</name>
    <message>
        <location filename="../isslide_qgis/processing/provider.py" line="22"/>
        <source>ISSLIDE: slow ground movements on InSAR interferograms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
