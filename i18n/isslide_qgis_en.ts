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
    <name>ExtractPatches</name>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="47"/>
        <source>Extract training patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="50"/>
        <source>Builds a training dataset in the ISSLIDE folder layout from an interferogram, its coherence and annotation polygons of moving areas.
Positive patches (default 100 x 100 pixels) are centred on the local maxima of the distance transform of the annotations, as in the ISSLIDE dataset, so the same patches recur at every date of a zone. Negative patches are drawn at random away from every annotation (Negatives = how many).
Layout: &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/&lt;interferogram&gt;/phase|coherence/&lt;zone&gt;_NNN.tif, masks in &lt;folder&gt;/&lt;delay&gt;/&lt;zone&gt;/Segmentations/&lt;interferogram&gt;/, negatives in &lt;folder&gt;/negatives/&lt;delay&gt;/&lt;interferogram&gt;/. Every patch keeps its georeferencing. Run it once per interferogram into the same folder to build a multi-date dataset; name interferograms by their dates (e.g. 20200101_20200107) so training can split them chronologically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="66"/>
        <source>Annotations (polygons of moving areas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="69"/>
        <source>Zone name (e.g. Queyras)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="71"/>
        <source>Temporal baseline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="74"/>
        <source>Interferogram name (default: the file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="77"/>
        <source>Patch size (pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="80"/>
        <source>Negative patches (no movement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="83"/>
        <source>Random seed (negatives)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="86"/>
        <source>Dataset folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="88"/>
        <source>Positive patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="89"/>
        <source>Negative patches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/extract_patches.py" line="113"/>
        <source>{positives} positive and {negatives} negative patches written to {folder}</source>
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
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/config.py" line="121"/>
        <source>Invalid simulation settings: {p}. Fix these values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/core/insar/simulation/writer.py" line="174"/>
        <source>GDAL&apos;s Python bindings (osgeo) are needed to write &apos;{path}&apos;.</source>
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
<context>
    <name>PrepareChannels</name>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="32"/>
        <source>Prepare input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="35"/>
        <source>Turns a wrapped interferogram and its coherence into the input channels of the networks, written as a float GeoTIFF on the interferogram&apos;s grid.
Conventions: coh_cos_sin = [coherence, cos(phase), sin(phase)] (the 2023 segmenters FCN, DeepLabV3, UNet, ResUNet, SepUNet); cohcos_cohsin = [coherence*cos(phase), coherence*sin(phase)] (ECSPLAIN).
The interferogram may be a phase in radians (one band), a complex band, two bands real/imaginary, or two bands cos/sin; the encoding is detected unless you choose it. Pixels whose coherence is below the threshold, and nodata pixels (swath borders, masked areas), are nodata in every channel. A coherence raster on another grid is resampled onto the interferogram&apos;s grid. A raster without CRS is treated as radar geometry: the output keeps its pixel grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="50"/>
        <source>Input convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="53"/>
        <source>Coherence threshold (below: nodata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="56"/>
        <source>Input channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/prepare_channels.py" line="64"/>
        <source>The convention {name} needs a coherence raster.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SimulateScene</name>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="63"/>
        <source>Simulate interferogram scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="66"/>
        <source>Simulates a Sentinel-1 wrapped interferogram with known moving areas, for training, testing and learning the tool.
Physics: C-band wavelength 5.5466 cm (one fringe = 2.77 cm of line-of-sight motion); moving bodies (rock glaciers, landslides) of 0.05-0.5 km2 whose displacement scales with the temporal baseline; turbulent (power law, 8/3) and stratified (height-dependent) troposphere on an alpine DEM; orbital ramp; decorrelation noise drawn from the coherence and the number of looks; the Goldstein filter of the ISSLIDE processing; incoherent zones (forest, snow, steep slopes); atmospheric blobs that look like movement but are not (decoys); swath borders and holes as nodata.
Outputs: phase (radians), coherence, truth mask, moving-area polygons, DEM and a SPOT-like optical image at a finer resolution. The same seed gives the same files. &apos;Varied configuration&apos; draws the CRS, baseline, atmosphere, noise and nodata layout from the seed, as for training data; the size is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="84"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="86"/>
        <source>Size (pixels a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="89"/>
        <source>Temporal baseline (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="92"/>
        <source>CRS (ISSLIDE: EPSG:4326; UTM 32N: EPSG:32632)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="95"/>
        <source>Radar geometry (no CRS, pixel grid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="98"/>
        <source>Atmospheric decoys only (no moving area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="101"/>
        <source>Atmosphere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="104"/>
        <source>Nodata layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="107"/>
        <source>Goldstein filter (as in ISSLIDE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="109"/>
        <source>Varied configuration drawn from the seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="112"/>
        <source>Wrapped phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="114"/>
        <source>Coherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="116"/>
        <source>Truth mask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="118"/>
        <source>Moving areas (truth polygons)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="120"/>
        <source>DEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="122"/>
        <source>Optical image (SPOT-like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="167"/>
        <source>Simulating a {h} x {w} scene, {days}-day baseline, CRS {crs}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="167"/>
        <source>none (radar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../isslide_qgis/processing/simulate_scene.py" line="187"/>
        <source>{bodies} moving areas, {decoys} atmospheric decoys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
